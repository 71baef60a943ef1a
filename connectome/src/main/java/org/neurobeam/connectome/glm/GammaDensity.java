package org.neurobeam.connectome.glm;

/**
 * The gamma probability density with shape h and rate l, written in logs as SPM's {@code spm_Gpdf}:
 * {@code f(x) = exp(h ln l + (h - 1) ln x - l x - ln Γ(h))} for x &gt; 0, 0 for x &lt; 0.
 */
final class GammaDensity {

    private GammaDensity() {
    }

    static double of(double x, double shape, double rate) {
        if (x < 0) {
            return 0;
        }
        if (x == 0) {
            return shape < 1 ? Double.POSITIVE_INFINITY : shape == 1 ? rate : 0;
        }
        return Math.exp(shape * Math.log(rate) + (shape - 1) * Math.log(x) - rate * x - LogGamma.of(shape));
    }
}
