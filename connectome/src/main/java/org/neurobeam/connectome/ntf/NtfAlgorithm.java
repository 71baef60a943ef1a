package org.neurobeam.connectome.ntf;

/** Update rule of {@link NonNegativeCp}. */
public enum NtfAlgorithm {
    /** Hierarchical ALS, one column at a time (Cichocki and Phan 2009; notes §A.4). */
    HALS,
    /** Multiplicative updates A ← A ⊙ K / (A G) (Lee and Seung 2001; Welling and Weber 2001), a cross-check. */
    MULTIPLICATIVE
}
