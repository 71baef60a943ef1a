package org.neurobeam.preprocess.confounds;

/** CompCor flavour (Behzadi et al. 2007), by fMRIPrep column prefix. */
public enum CompCor {
    /** Anatomical CompCor, columns {@code a_comp_cor_NN}. */
    ANATOMICAL("a_comp_cor_"),
    /** Temporal CompCor, columns {@code t_comp_cor_NN}. */
    TEMPORAL("t_comp_cor_");

    private final String prefix;

    CompCor(String prefix) {
        this.prefix = prefix;
    }

    /** Column-name prefix in the confounds file. */
    public String prefix() {
        return prefix;
    }
}
