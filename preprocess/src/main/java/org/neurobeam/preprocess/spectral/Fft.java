package org.neurobeam.preprocess.spectral;

import org.neurobeam.ingest.Checks;

/**
 * Complex discrete Fourier transform of any length, {@code X[k] = sum_n x[n] exp(-2 pi i k n / N)}:
 * iterative radix-2 for powers of two, Bluestein's chirp-z convolution (three radix-2 transforms of
 * a power of two {@code >= 2N - 1}) otherwise. O(N log N) either way; twiddles are computed directly
 * with {@code cos}/{@code sin}, not by recurrence, so round-off stays near numpy's pocketfft.
 */
public final class Fft {

    private Fft() {
    }

    /** Forward transform in place. */
    public static void forward(double[] re, double[] im) {
        transform(re, im, false);
    }

    /** Inverse transform in place, including the 1/N factor. */
    public static void inverse(double[] re, double[] im) {
        transform(re, im, true);
        int n = re.length;
        for (int i = 0; i < n; i++) {
            re[i] /= n;
            im[i] /= n;
        }
    }

    /** Spectrum of a real signal: the {@code n/2 + 1} non-negative-frequency bins (as numpy rfft), {re, im}. */
    public static double[][] rfft(double[] x) {
        double[] re = x.clone();
        double[] im = new double[x.length];
        forward(re, im);
        int bins = x.length / 2 + 1;
        return new double[][] {java.util.Arrays.copyOf(re, bins), java.util.Arrays.copyOf(im, bins)};
    }

    /**
     * Real signal of length {@code n} from non-negative-frequency bins (as numpy {@code irfft(X, n)}):
     * bins beyond {@code n/2} are ignored, missing ones are zero, the imaginary parts of the DC and
     * (even n) Nyquist bins are ignored.
     */
    public static double[] irfft(double[] binsRe, double[] binsIm, int n) {
        Checks.argument(n > 0, "n", "expected a positive length, got %d", n);
        double[] re = new double[n];
        double[] im = new double[n];
        int half = n / 2;
        for (int k = 0; k <= half && k < binsRe.length; k++) {
            boolean realOnly = k == 0 || (n % 2 == 0 && k == half);
            re[k] = binsRe[k];
            im[k] = realOnly ? 0 : binsIm[k];
            if (k > 0 && n - k != k) {
                re[n - k] = re[k];
                im[n - k] = -im[k];
            }
        }
        inverse(re, im);
        return re;
    }

    private static void transform(double[] re, double[] im, boolean inverse) {
        Checks.argument(re.length == im.length, "im", "real and imaginary parts differ in length: %d vs %d",
                re.length, im.length);
        int n = re.length;
        if (n <= 1) {
            return;
        }
        if (Integer.bitCount(n) == 1) {
            radix2(re, im, inverse);
        } else {
            bluestein(re, im, inverse);
        }
    }

    private static void radix2(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double sign = inverse ? 1 : -1;
        double[] cos = new double[n / 2];
        double[] sin = new double[n / 2];
        for (int k = 0; k < n / 2; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / n);
            sin[k] = sign * Math.sin(2 * Math.PI * k / n);
        }
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            int step = n / len;
            for (int start = 0; start < n; start += len) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    double tr = re[b] * wr - im[b] * wi;
                    double ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private static void bluestein(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        int m = Integer.highestOneBit(2 * n - 1);
        m = m < 2 * n - 1 ? m << 1 : m;
        double sign = inverse ? 1 : -1;
        double[] wr = new double[n];
        double[] wi = new double[n];
        for (int k = 0; k < n; k++) {
            long k2 = ((long) k * k) % (2L * n);
            double angle = Math.PI * k2 / n;
            wr[k] = Math.cos(angle);
            wi[k] = sign * Math.sin(angle);
        }
        double[] ar = new double[m];
        double[] ai = new double[m];
        double[] br = new double[m];
        double[] bi = new double[m];
        for (int k = 0; k < n; k++) {
            ar[k] = re[k] * wr[k] - im[k] * wi[k];
            ai[k] = re[k] * wi[k] + im[k] * wr[k];
            br[k] = wr[k];
            bi[k] = -wi[k];
            if (k > 0) {
                br[m - k] = wr[k];
                bi[m - k] = -wi[k];
            }
        }
        radix2(ar, ai, false);
        radix2(br, bi, false);
        for (int k = 0; k < m; k++) {
            double r = ar[k] * br[k] - ai[k] * bi[k];
            ai[k] = ar[k] * bi[k] + ai[k] * br[k];
            ar[k] = r;
        }
        radix2(ar, ai, true);
        for (int k = 0; k < n; k++) {
            double cr = ar[k] / m;
            double ci = ai[k] / m;
            re[k] = cr * wr[k] - ci * wi[k];
            im[k] = cr * wi[k] + ci * wr[k];
        }
    }
}
