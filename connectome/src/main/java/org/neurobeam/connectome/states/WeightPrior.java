package org.neurobeam.connectome.states;

/** Which of the paper's three weight models to fit (notes §B.2). */
public enum WeightPrior {
    /** Naive HMM-GLM: independent weights per state. */
    NONE,
    /** W_s[n,n'] ~ N(W̄[n,n'], σ²) around a learnt state-shared mean W̄. */
    GAUSSIAN,
    /** w = strength × {−1, 0, +1} with a learnt per-pair categorical prior π shared by all states. */
    ONE_HOT
}
