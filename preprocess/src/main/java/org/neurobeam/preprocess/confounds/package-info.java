/**
 * Nuisance regression: orthogonal projection of confounds (Lindquist et al. 2019), fMRIPrep confounds
 * files and nilearn {@code load_confounds} strategies, FD/DVARS scrubbing masks.
 */
package org.neurobeam.preprocess.confounds;
