/**
 * Stages 1–2 of the dynamic functional connectome of Dyballa et al. (ICLR 2024; notes §A.3–§A.4): pairwise
 * affinities in windows (differential affinity, clipped Pearson, binned mutual information), the masked
 * pair × window × animal tensor, and its non-negative CP decomposition by HALS (multiplicative updates as a
 * cross-check) with seeded restarts, factor matching and a rank sweep.
 */
package org.neurobeam.connectome.ntf;
