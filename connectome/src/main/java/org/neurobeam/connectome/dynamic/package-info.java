/**
 * Dynamic functional connectivity (notes §D.2–§D.5): tapered sliding windows and windowed correlation (Allen
 * et al. 2014), k-means brain states with L1, correlation or cosine distance and the elbow or silhouette rule,
 * state statistics (occupancy, dwell, transitions), an FFT and Hilbert transform, phase synchrony, and LEiDA
 * (Cabral et al. 2017) with the O(N) rank-2 leading eigenvector. Inputs are {@code double[time][region]}.
 */
package org.neurobeam.connectome.dynamic;
