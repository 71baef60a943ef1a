package org.neurobeam.connectome.community;

/**
 * log Γ(x) for x &gt; 0 by the Lanczos approximation (Lanczos 1964; g = 7, 9 terms as in Press et al.,
 * Numerical Recipes), shifted by the recurrence Γ(x) = Γ(x + 1)/x below 0.5; relative error about 1e-15.
 */
final class LogGamma {

    private static final double[] C = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    };
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private LogGamma() {
    }

    static double of(double x) {
        if (x < 0.5) {
            return of(x + 1) - Math.log(x);
        }
        double z = x - 1;
        double a = C[0];
        for (int i = 1; i < C.length; i++) {
            a += C[i] / (z + i);
        }
        double t = z + 7.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
