/**
 * Spike and event binning: spike times to counts per bin and suite2p deconvolved amplitudes
 * ({@code spks.npy} rows) summed per bin, on a {@link org.neurobeam.preprocess.spikes.BinGrid} of
 * half-open bins. Each unit (neuron, ROI) is binned independently.
 */
package org.neurobeam.preprocess.spikes;
