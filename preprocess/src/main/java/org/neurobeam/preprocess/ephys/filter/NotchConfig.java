package org.neurobeam.preprocess.ephys.filter;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * MNE {@code notch_filter(method='fir')} request: stop bands centred on {@code freqs}.
 *
 * @param freqs centre frequencies in Hz (line frequency and harmonics)
 * @param notchWidths stop-band width per frequency, or null for MNE's default {@code freqs / 200}
 * @param transBandwidth total transition bandwidth, MNE default 1 Hz (half on each side of a notch)
 * @param filterLength taps, or null for 'auto' ({@code 3.3 / (transBandwidth / 2)} seconds)
 */
public record NotchConfig(double[] freqs, double[] notchWidths, double transBandwidth, Integer filterLength) {

    /** MNE's {@code trans_bandwidth} default. */
    public static final double DEFAULT_TRANS_BANDWIDTH = 1.0;

    /** Validates sizes and signs; copies the arrays. */
    public NotchConfig {
        Checks.argument(freqs != null && freqs.length > 0, "freqs", "give at least one frequency");
        freqs = freqs.clone();
        Checks.argument(notchWidths == null || notchWidths.length == freqs.length, "notch_widths",
                "notch_widths must be None or the same length as freqs");
        notchWidths = notchWidths == null ? null : notchWidths.clone();
        if (notchWidths != null) {
            for (double w : notchWidths) {
                Checks.argument(w >= 0, "notch_widths", "notch_widths must be >= 0, got %s", w);
            }
        }
        Checks.argument(transBandwidth > 0, "trans_bandwidth", "must be positive, got %s", transBandwidth);
    }

    /** MNE defaults for the given frequencies. */
    public static NotchConfig of(double... freqs) {
        return new NotchConfig(freqs, null, DEFAULT_TRANS_BANDWIDTH, null);
    }

    /**
     * The line frequency and its harmonics whose stop band (with the default width and transition)
     * stays below Nyquist, e.g. 50, 100, 150, 200 Hz at 500 Hz sampling.
     */
    public static NotchConfig lineHarmonics(double lineHz, double samplingRateHz) {
        Checks.positive(lineHz, "freqs");
        List<Double> freqs = new ArrayList<>();
        for (double f = lineHz; f + f / 400 + DEFAULT_TRANS_BANDWIDTH / 2 < samplingRateHz / 2; f += lineHz) {
            freqs.add(f);
        }
        Checks.argument(!freqs.isEmpty(), "freqs", "line frequency %s Hz is above Nyquist (%s Hz)", lineHz,
                samplingRateHz / 2);
        return of(freqs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Widths in use: given, or {@code freqs / 200}. */
    public double[] widths() {
        if (notchWidths != null) {
            return notchWidths.clone();
        }
        double[] w = new double[freqs.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = freqs[i] / 200.0;
        }
        return w;
    }
}
