package org.neurobeam.preprocess.confounds;

/** Noise components of nilearn's {@code load_confounds(strategy=...)} that {@link FmriprepConfounds} supports. */
public enum ConfoundComponent {
    /** Head motion: trans_x/y/z, rot_x/y/z and their expansions ({@link ConfoundStrategy#motion()}). */
    MOTION,
    /** fMRIPrep's DCT regressors, columns {@code cosine*}. */
    HIGH_PASS,
    /** Mean white matter and CSF signals, columns {@code white_matter}, {@code csf} and expansions. */
    WM_CSF,
    /** Global signal, column {@code global_signal} and expansions. */
    GLOBAL_SIGNAL,
    /** CompCor components ({@link ConfoundStrategy#compcor()}). */
    COMPCOR,
    /** Censoring from framewise_displacement and std_dvars ({@link MotionOutliers}). */
    SCRUB
}
