/**
 * First-level task-fMRI GLM as nilearn's {@code nilearn.glm.first_level} computes it, with SPM's
 * canonical HRF alongside: HRF models ({@link org.neurobeam.connectome.glm.SpmHrf},
 * {@link org.neurobeam.connectome.glm.GammaDifferenceHrf}, {@link org.neurobeam.connectome.glm.HrfModel}),
 * design matrices ({@link org.neurobeam.connectome.glm.FirstLevelDesign} configured by
 * {@link org.neurobeam.connectome.glm.DesignConfig}), the OLS / AR(1) fit
 * ({@link org.neurobeam.connectome.glm.GlmFit}, {@link org.neurobeam.connectome.glm.GlmConfig}) on a
 * {@code [time][unit]} block, t and F contrasts ({@link org.neurobeam.connectome.glm.TContrast},
 * {@link org.neurobeam.connectome.glm.FContrast}, {@link org.neurobeam.connectome.glm.ContrastExpression})
 * and the distributions they need ({@link org.neurobeam.connectome.glm.StudentT},
 * {@link org.neurobeam.connectome.glm.FisherF}, {@link org.neurobeam.connectome.glm.Normal}).
 */
package org.neurobeam.connectome.glm;
