package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * BrainMAE's pre-training objective (Yang et al. 2024): mean squared reconstruction error over the masked
 * entries weighted λ plus the mean over the visible entries weighted 1 − λ (paper: λ = 0.75).
 */
public final class MaskedReconstructionLoss {

    private final float maskedWeight;

    /** The loss with weight {@code maskedWeight} on the masked entries. */
    public MaskedReconstructionLoss(double maskedWeight) {
        this.maskedWeight = (float) maskedWeight;
    }

    /** The masked-entry and visible-entry mean squared errors and the weighted total. */
    public record Terms(NDArray masked, NDArray visible, NDArray total) {
    }

    /**
     * The scalar loss for a reconstruction and its target {@code (B, S, N, L)} given visibility {@code (B, S, N)}.
     */
    public NDArray evaluate(NDArray reconstruction, NDArray target, NDArray visible) {
        return terms(reconstruction, target, visible).total();
    }

    /** The loss and its two means, from one pass over the squared errors. */
    public Terms terms(NDArray reconstruction, NDArray target, NDArray visible) {
        NDArray squared = reconstruction.sub(target).square().mean(new int[] {3});
        NDArray hidden = visible.neg().add(1);
        NDArray maskedMean = squared.mul(hidden).sum().div(hidden.sum().maximum(1f));
        NDArray visibleMean = squared.mul(visible).sum().div(visible.sum().maximum(1f));
        // Weights as libtorch-owned scalars: autograd keeps them for the backward pass, and DJL's mul(Number)
        // releases the Java buffer behind its scalar right after the call.
        NDArray lambda = squared.getManager().full(new Shape(), maskedWeight);
        NDArray rest = squared.getManager().full(new Shape(), 1 - maskedWeight);
        return new Terms(maskedMean, visibleMean, maskedMean.mul(lambda).add(visibleMean.mul(rest)));
    }
}
