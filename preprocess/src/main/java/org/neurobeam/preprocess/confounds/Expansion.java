package org.neurobeam.preprocess.confounds;

import java.util.List;

/**
 * Column expansions of a base confound in fMRIPrep's confounds file, named as nilearn's
 * {@code motion}/{@code wm_csf}/{@code global_signal} options (Satterthwaite et al. 2013: the
 * 24-parameter "full" motion model).
 */
public enum Expansion {
    /** The base column only. */
    BASIC(List.of("")),
    /** Base and squares ({@code _power2}). */
    POWER2(List.of("", "_power2")),
    /** Base and temporal derivatives ({@code _derivative1}). */
    DERIVATIVES(List.of("", "_derivative1")),
    /** Base, derivatives, squares and squared derivatives. */
    FULL(List.of("", "_derivative1", "_power2", "_derivative1_power2"));

    private final List<String> suffixes;

    Expansion(List<String> suffixes) {
        this.suffixes = suffixes;
    }

    /** Column suffixes, the base ({@code ""}) first. */
    public List<String> suffixes() {
        return suffixes;
    }
}
