package org.neurobeam.preprocess.ephys.filter;

import org.neurobeam.ingest.Checks;

/**
 * MNE {@code filter_data(method='iir')} request with its default {@code iir_params}
 * ({@code _check_method}: {@code order=4, ftype='butter', output='sos'}). Band-stop is not supported.
 *
 * @param lFreq high-pass cut-off in Hz, or null
 * @param hFreq low-pass cut-off in Hz, or null; both give a band-pass ({@code lFreq < hFreq})
 * @param order Butterworth order per pass (MNE default 4; forward-backward doubles it)
 * @param padLength samples of odd padding, or null for MNE's {@code estimate_ringing_samples}
 */
public record IirConfig(Double lFreq, Double hFreq, int order, Integer padLength) {

    /** MNE's default IIR order. */
    public static final int DEFAULT_ORDER = 4;

    /** Validates what does not depend on the sampling rate. */
    public IirConfig {
        Checks.argument(lFreq != null || hFreq != null, "l_freq", "give l_freq, h_freq or both");
        Checks.argument(lFreq == null || lFreq > 0, "l_freq", "frequency %s must be greater than zero", lFreq);
        Checks.argument(hFreq == null || hFreq > 0, "h_freq", "frequency %s must be greater than zero", hFreq);
        Checks.argument(lFreq == null || hFreq == null || lFreq < hFreq, "l_freq",
                "IIR band-stop (l_freq >= h_freq) is not supported, got %s >= %s", lFreq, hFreq);
        Checks.argument(order > 0, "order", "expected a positive order, got %d", order);
        Checks.argument(padLength == null || padLength >= 0, "padlen", "must be >= 0, got %s", padLength);
    }

    /** MNE's defaults for the given cut-offs (either may be null). */
    public static IirConfig of(Double lFreq, Double hFreq) {
        return new IirConfig(lFreq, hFreq, DEFAULT_ORDER, null);
    }
}
