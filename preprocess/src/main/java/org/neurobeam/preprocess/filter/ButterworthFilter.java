package org.neurobeam.preprocess.filter;

import java.util.List;
import org.neurobeam.preprocess.signal.Columns;

/**
 * A designed Butterworth filter in second-order sections, with the warnings its design raised
 * (see {@link ButterworthDesign#forCutoffs}); no sections means the identity.
 *
 * @param sos sections, rows {@code [b0 b1 b2 a0 a1 a2]}
 * @param warnings design warnings, as nilearn would have emitted them
 */
public record ButterworthFilter(double[][] sos, List<String> warnings) {

    public ButterworthFilter {
        sos = Columns.copy(sos);
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[][] sos() {
        return Columns.copy(sos);
    }

    /** True when the design asked for no filtering. */
    public boolean isIdentity() {
        return sos.length == 0;
    }

    /** Zero-phase filtering of each column ({@link ZeroPhaseFilter#sosfiltfilt}); a copy for the identity. */
    public double[][] apply(double[][] signals) {
        return isIdentity() ? Columns.copy(signals) : ZeroPhaseFilter.sosfiltfilt(sos, signals);
    }
}
