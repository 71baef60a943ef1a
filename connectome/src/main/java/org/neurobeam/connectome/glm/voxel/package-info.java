/**
 * The first-level GLM of {@link org.neurobeam.connectome.glm} on every voxel of a 4D BOLD NIfTI in one
 * forward pass with memory independent of the number of volumes ({@link
 * org.neurobeam.connectome.glm.voxel.VoxelGlm}, {@link org.neurobeam.connectome.glm.voxel.VoxelGlmConfig},
 * {@link org.neurobeam.connectome.glm.voxel.VoxelGlmResult}), and its statistic maps
 * ({@link org.neurobeam.connectome.glm.voxel.StatMapWriter}, {@link
 * org.neurobeam.connectome.glm.voxel.ContrastMap}).
 */
package org.neurobeam.connectome.glm.voxel;
