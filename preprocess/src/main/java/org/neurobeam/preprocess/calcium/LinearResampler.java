package org.neurobeam.preprocess.calcium;

import org.neurobeam.ingest.Checks;

/**
 * Resampling by linear interpolation between frames ({@code numpy.interp} inside the sampled span). Frame
 * {@code k} of a trace starting at {@code t0} lies at {@code t0 + k / fs}. Times outside
 * {@code [t0, t0 + (n-1)/fs]} give NaN (numpy.interp would repeat the edge value). No anti-aliasing:
 * before down-sampling, smooth with {@link GaussianFilter1d} if the trace has power above the new Nyquist rate.
 */
public final class LinearResampler {

    private LinearResampler() {
    }

    /**
     * The trace on the grid {@code t0 + j / fsOut}, {@code j = 0 .. floor((n-1)·fsOut/fsIn + 1e-9)}, so that
     * no output time lies after the last frame (beyond a 1e-9 frame rounding allowance).
     */
    public static double[] toRate(double[] trace, double fsIn, double fsOut) {
        Checks.positive(fsIn, "fsIn");
        Checks.positive(fsOut, "fsOut");
        Checks.argument(trace.length > 0, "trace", "expected at least one frame");
        int count = (int) Math.floor((trace.length - 1) * fsOut / fsIn + 1e-9) + 1;
        double[] times = new double[count];
        for (int j = 0; j < count; j++) {
            times[j] = j / fsOut;
        }
        return atTimes(trace, 0, fsIn, times);
    }

    /** The trace (first frame at {@code t0} s, rate {@code fs}) at arbitrary {@code times} (s). */
    public static double[] atTimes(double[] trace, double t0, double fs, double[] times) {
        Checks.positive(fs, "fs");
        Checks.argument(trace.length > 0, "trace", "expected at least one frame");
        double[] out = new double[times.length];
        int last = trace.length - 1;
        for (int j = 0; j < times.length; j++) {
            double position = (times[j] - t0) * fs;
            if (Math.abs(position - Math.rint(position)) <= 1e-9) {
                position = Math.rint(position);
            }
            if (!(position >= 0 && position <= last)) {
                out[j] = Double.NaN;
                continue;
            }
            int k = (int) position;
            out[j] = k == last ? trace[last] : trace[k] + (trace[k + 1] - trace[k]) * (position - k);
        }
        return out;
    }
}
