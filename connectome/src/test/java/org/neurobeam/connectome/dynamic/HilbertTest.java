package org.neurobeam.connectome.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;



import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.spectral.Fft;

/** FFT against a direct DFT for lengths 1..40; analytic signal against scipy.signal.hilbert. */
class HilbertTest {

    @Test
    void fftMatchesDirectDft() {
        java.util.Random random = new java.util.Random(3);
        for (int n = 1; n <= 40; n++) {
            double[] re = new double[n];
            double[] im = new double[n];
            for (int k = 0; k < n; k++) {
                re[k] = random.nextGaussian();
                im[k] = random.nextGaussian();
            }
            double[] fr = re.clone();
            double[] fi = im.clone();
            Fft.forward(fr, fi);
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    double a = -2 * Math.PI * k * j / n;
                    sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                    si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
                }
                assertEquals(sr, fr[k], 1e-10, "n " + n + " k " + k);
                assertEquals(si, fi[k], 1e-10, "n " + n + " k " + k);
            }
            Fft.inverse(fr, fi);
            assertArrayEquals(re, fr, 1e-12);
            assertArrayEquals(im, fi, 1e-12);
        }
    }

    @Test
    void analyticSignalMatchesScipy() {
        for (JsonNode c : Fixtures.read("hilbert.json")) {
            double[][] z = Hilbert.analytic(Fixtures.vector(c.get("signal")));
            assertArrayEquals(Fixtures.vector(c.get("real")), z[0], 1e-12);
            assertArrayEquals(Fixtures.vector(c.get("imag")), z[1], 1e-12);
        }
    }

    @Test
    void cosineBecomesSine() {
        int n = 200;
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = Math.cos(2 * Math.PI * 5 * t / n);
        }
        double[][] z = Hilbert.analytic(x);
        for (int t = 0; t < n; t++) {
            assertEquals(Math.sin(2 * Math.PI * 5 * t / n), z[1][t], 1e-12);
        }
    }
}
