package org.neurobeam.preprocess.ephys.filter;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.preprocess.filter.BandType;
import org.neurobeam.preprocess.filter.ButterworthDesign;
import org.neurobeam.preprocess.filter.ZeroPhaseFilter;

/**
 * MNE's IIR path ({@code construct_iir_filter} then {@code _filtfilt}): Butterworth second-order sections
 * from {@link ButterworthDesign#sos} (scipy {@code iirfilter(ftype='butter', output='sos')}) with cut-offs
 * {@code f / (sfreq / 2)}, applied forward and backward by {@code sosfiltfilt} with odd padding of
 * {@code min(padlen, n - 1)} samples, where padlen is {@link RingingEstimate} unless given. MNE's padding is
 * therefore not scipy's default ({@code 3 (2 sections + 1)}), which is why
 * {@code org.neurobeam.preprocess.filter.ZeroPhaseFilter} is not used for the application.
 *
 * @param sos second-order sections {@code [b0, b1, b2, 1, a1, a2]}
 * @param description design decisions for provenance
 */
public record IirFilter(double[][] sos, FilterDescription description) {

    /** Designs the Butterworth filter {@code config} describes for {@code samplingRateHz}. */
    public static IirFilter design(double samplingRateHz, IirConfig config) {
        Checks.positive(samplingRateHz, "sfreq");
        double nyquist = samplingRateHz / 2;
        Double l = config.lFreq();
        Double h = config.hFreq();
        Checks.argument(h == null || h < nyquist, "h_freq", "lowpass frequency %s must be less than Nyquist (%s)",
                h, nyquist);
        List<Double> cutoffs = new ArrayList<>();
        double[][] sos;
        FilterKind kind;
        if (l != null && h != null) {
            kind = FilterKind.BANDPASS;
            sos = ButterworthDesign.sos(config.order(), BandType.BANDPASS, l / nyquist, h / nyquist);
            cutoffs.add(l);
            cutoffs.add(h);
        } else if (l != null) {
            kind = FilterKind.HIGHPASS;
            sos = ButterworthDesign.sos(config.order(), BandType.HIGHPASS, l / nyquist);
            cutoffs.add(l);
        } else {
            kind = FilterKind.LOWPASS;
            sos = ButterworthDesign.sos(config.order(), BandType.LOWPASS, h / nyquist);
            cutoffs.add(h);
        }
        int padLength = config.padLength() == null ? RingingEstimate.samples(sos) : config.padLength();
        FilterDescription description = new FilterDescription("iir", kind, samplingRateHz, cutoffs, List.of(),
                List.of(), List.of(), 0, "butter", "none", "zero-double", "odd", padLength, config.order());
        return new IirFilter(sos, description);
    }

    /** Zero-phase (forward-backward) filtering of {@code double[channel][sample]} signals. */
    public double[][] apply(double[][] signals) {
        double[][] out = new double[signals.length][];
        for (int c = 0; c < signals.length; c++) {
            double[] x = signals[c];
            Checks.argument(x.length > 1, "signals", "need at least 2 samples per channel, got %d", x.length);
            out[c] = ZeroPhaseFilter.sosfiltfilt(sos, x, Math.min(description.padLength(), x.length - 1));
        }
        return out;
    }
}
