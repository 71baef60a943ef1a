package org.neurobeam.preprocess.calcium;

/**
 * Event-aligned trace segments.
 *
 * @param values        {@code [event][offset]}; NaN where the window leaves the recording
 * @param offsetSeconds time of each column relative to its event's frame ({@code k / fs}, k from
 *                      {@code -before} to {@code +after})
 * @param eventFrames   the frame each event was assigned to ({@code round((t - t0)·fs)}), possibly outside the trace
 */
public record PeriEventMatrix(double[][] values, double[] offsetSeconds, long[] eventFrames) {
}
