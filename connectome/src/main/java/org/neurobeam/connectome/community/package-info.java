/**
 * Stage 3 of Dyballa et al. (ICLR 2024; notes §A.5): weighted community detection on a component's pair
 * loadings with a flat weighted stochastic block model chosen by description length, Louvain modularity as the
 * baseline, and partition agreement scores (NMI, adjusted Rand).
 */
package org.neurobeam.connectome.community;
