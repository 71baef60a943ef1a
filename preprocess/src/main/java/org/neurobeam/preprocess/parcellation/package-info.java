/**
 * Atlas parcellation after nilearn's {@code NiftiLabelsMasker} / {@code NiftiMapsMasker}: atlases and
 * masks ({@link org.neurobeam.preprocess.parcellation.LabelsAtlas},
 * {@link org.neurobeam.preprocess.parcellation.ProbabilisticAtlas},
 * {@link org.neurobeam.preprocess.parcellation.BrainMask}) brought onto the BOLD grid by
 * {@link org.neurobeam.preprocess.parcellation.GridResampler} (as {@code resample_to_img}), region
 * signals extracted in one streaming pass by
 * {@link org.neurobeam.preprocess.parcellation.RegionSignalExtractor}, and atlas-free parcellation
 * by k-means ({@link org.neurobeam.preprocess.parcellation.KMeansParcellation}) or connectivity-constrained
 * Ward clustering ({@link org.neurobeam.preprocess.parcellation.WardParcellation}), as nilearn's
 * {@code Parcellations}.
 */
package org.neurobeam.preprocess.parcellation;
