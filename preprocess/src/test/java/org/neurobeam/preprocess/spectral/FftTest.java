package org.neurobeam.preprocess.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Radix-2 and Bluestein transforms against a direct O(N^2) DFT. */
class FftTest {

    private static double[][] naive(double[] re, double[] im) {
        int n = re.length;
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            for (int t = 0; t < n; t++) {
                double a = -2 * Math.PI * ((long) k * t % n) / n;
                out[0][k] += re[t] * Math.cos(a) - im[t] * Math.sin(a);
                out[1][k] += re[t] * Math.sin(a) + im[t] * Math.cos(a);
            }
        }
        return out;
    }

    @Test
    void matchesDirectDftForPowersOfTwoAndOtherLengths() {
        Random random = new Random(7);
        for (int n : new int[] {1, 2, 8, 64, 3, 5, 12, 100, 257, 1000}) {
            double[] re = random.doubles(n, -1, 1).toArray();
            double[] im = random.doubles(n, -1, 1).toArray();
            double[][] expected = naive(re, im);
            double[] r = re.clone();
            double[] i = im.clone();
            Fft.forward(r, i);
            double err = 0;
            for (int k = 0; k < n; k++) {
                err = Math.max(err, Math.max(Math.abs(r[k] - expected[0][k]), Math.abs(i[k] - expected[1][k])));
            }
            assertTrue(err < 1e-11 * n, "n=" + n + " err " + err);
            Fft.inverse(r, i);
            assertArrayEquals(re, r, 1e-12, "round trip n=" + n);
            assertArrayEquals(im, i, 1e-12, "round trip n=" + n);
        }
    }

    @Test
    void realTransformsRoundTrip() {
        Random random = new Random(3);
        for (int n : new int[] {16, 17, 30}) {
            double[] x = random.doubles(n).toArray();
            double[][] bins = Fft.rfft(x);
            assertArrayEquals(x, Fft.irfft(bins[0], bins[1], n), 1e-12, "n=" + n);
        }
    }
}
