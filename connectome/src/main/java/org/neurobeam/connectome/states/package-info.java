/**
 * Switching brain-state GLMs after Li, Kim, Rodgers, Choi and Wu, "One-hot Generalized Linear Model for
 * Switching Brain State Discovery" (ICLR 2024), notes §B of {@code docs/research/connectome.md}: an HMM whose
 * states each own a Poisson (or Gaussian) GLM on an exponential spike-history basis, fitted by EM with a
 * log-space forward-backward E-step, a floored closed-form transition update and a Fisher-scoring M-step; the
 * naive, Gaussian-prior and one-hot-prior weight models; the paper's synthetic generator and its metrics.
 * Inputs are spike counts {@code double[time][unit]}, one array per sequence (trial).
 */
package org.neurobeam.connectome.states;
