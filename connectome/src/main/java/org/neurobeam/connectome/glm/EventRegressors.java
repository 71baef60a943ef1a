package org.neurobeam.connectome.glm;

import java.util.List;

/**
 * The regressors of one condition, following nilearn's {@code compute_regressor}: a high-resolution
 * grid of {@code rint(n_hr)} evenly spaced times from {@code t0 + min_onset} to
 * {@code t_max (1 + 1/(n - 1))}, with {@code n_hr = (n - 1)/(t_max - t0) (t_max (1 + 1/(n - 1)) - t0 -
 * min_onset) oversampling + 1}; each event adds its modulation from the first grid time at or after its
 * onset up to (excluding) the first at or after its end (at least one bin); the boxcar is convolved with
 * each kernel (truncated to the grid), linearly interpolated at the frame times (FIR: read
 * {@code oversampling - 1} bins later) and, for derivative bases, orthogonalised.
 */
final class EventRegressors {

    private EventRegressors() {
    }

    /** The high-resolution time grid. */
    static double[] grid(double[] frameTimes, double minOnset, int oversampling) {
        int n = frameTimes.length;
        double t0 = frameTimes[0];
        double tMax = frameTimes[n - 1];
        double end = tMax * (1 + 1.0 / (n - 1));
        double count = (n - 1) * 1.0 / (tMax - t0) * (end - t0 - minOnset) * oversampling + 1;
        return linspace(t0 + minOnset, end, (int) Math.rint(count));
    }

    /** numpy's {@code linspace}: {@code start + i step}, the last value exactly {@code stop}. */
    static double[] linspace(double start, double stop, int count) {
        double[] out = new double[count];
        double step = (stop - start) / (count - 1);
        for (int i = 0; i < count; i++) {
            out[i] = i * step + start;
        }
        out[count - 1] = stop;
        return out;
    }

    /** The boxcar of the events (onsets, durations, modulations) on {@code grid}. */
    static double[] boxcar(double[] grid, double[] onsets, double[] durations, double[] modulations) {
        int tmax = grid.length;
        double[] steps = new double[tmax];
        for (int e = 0; e < onsets.length; e++) {
            int on = Math.min(searchSorted(grid, onsets[e]), tmax - 1);
            int off = Math.min(searchSorted(grid, onsets[e] + durations[e]), tmax - 1);
            if (off < tmax - 1 && off == on) {
                off++;
            }
            steps[on] += modulations[e];
            steps[off] -= modulations[e];
        }
        double running = 0;
        for (int i = 0; i < tmax; i++) {
            running += steps[i];
            steps[i] = running;
        }
        return steps;
    }

    /** {@code [scan][basis]} regressors of one condition. */
    static double[][] compute(double[] frameTimes, double[] onsets, double[] durations, double[] modulations,
            HrfModel model, List<Integer> firDelays, int oversampling, double minOnset) {
        double tr = minimumStep(frameTimes);
        double[] grid = grid(frameTimes, minOnset, oversampling);
        double[] boxcar = boxcar(grid, onsets, durations, modulations);
        List<double[]> kernels = model.kernels(tr, oversampling, firDelays);
        int shift = model == HrfModel.FIR ? oversampling - 1 : 0;
        double[][] out = new double[frameTimes.length][kernels.size()];
        for (int k = 0; k < kernels.size(); k++) {
            double[] convolved = convolve(boxcar, kernels.get(k));
            for (int i = 0; i < frameTimes.length; i++) {
                out[i][k] = interpolate(grid, convolved, shift, frameTimes[i]);
            }
        }
        if (model != HrfModel.FIR && kernels.size() > 1) {
            Orthogonalization.inPlace(out);
        }
        return out;
    }

    static double minimumStep(double[] frameTimes) {
        double step = Double.POSITIVE_INFINITY;
        for (int i = 1; i < frameTimes.length; i++) {
            step = Math.min(step, frameTimes[i] - frameTimes[i - 1]);
        }
        return step;
    }

    /** numpy's {@code searchsorted(sorted, value)}, side left: the first index with sorted[i] >= value. */
    static int searchSorted(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The causal convolution truncated to the signal length; skips the zero stretches of the boxcar. */
    static double[] convolve(double[] signal, double[] kernel) {
        double[] out = new double[signal.length];
        for (int j = 0; j < signal.length; j++) {
            double s = signal[j];
            if (s != 0) {
                int end = Math.min(kernel.length, signal.length - j);
                for (int k = 0; k < end; k++) {
                    out[j + k] += s * kernel[k];
                }
            }
        }
        return out;
    }

    /**
     * scipy's {@code interp1d} (linear) of {@code values[shift + i]} given at {@code x[i]}, at {@code t}:
     * the bracketing index from a left search clipped to [1, m - 1].
     */
    static double interpolate(double[] x, double[] values, int shift, double t) {
        int m = x.length - shift;
        int hi = Math.max(1, Math.min(searchSorted(x, t), m - 1));
        int lo = hi - 1;
        double slope = (values[hi + shift] - values[lo + shift]) / (x[hi] - x[lo]);
        return slope * (t - x[lo]) + values[lo + shift];
    }
}
