package org.neurobeam.connectome.states;

/** Numerically stable log Σ exp (notes §B.6: "write one helper"). */
final class LogSumExp {

    private LogSumExp() {
    }

    /** log Σ_i exp(values[i]); −∞ when every value is −∞. */
    static double of(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : values) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
