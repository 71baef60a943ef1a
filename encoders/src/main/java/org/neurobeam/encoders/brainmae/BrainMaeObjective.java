package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Map;
import java.util.SplittableRandom;
import org.neurobeam.encoders.train.LossTerms;
import org.neurobeam.encoders.train.TrainingObjective;

/**
 * BrainMAE's pre-training objective for the shared trainer: each batch of segment windows {@code (B, S, N, L)}
 * gets fresh {@link SegmentMasking} from a seeded generator, goes through {@link BrainMaeBlock}, and is scored by
 * {@link MaskedReconstructionLoss}; the masked and visible MSEs are reported as terms.
 */
final class BrainMaeObjective implements TrainingObjective {

    private final BrainMaeBlock block;
    private final int windowSegments;
    private final SegmentMasking masking;
    private final MaskedReconstructionLoss lossWeights;
    private final SplittableRandom random;

    BrainMaeObjective(BrainMaeBlock block, int windowSegments, long seed) {
        this.block = block;
        this.windowSegments = windowSegments;
        this.masking = new SegmentMasking(block.config());
        this.lossWeights = new MaskedReconstructionLoss(block.config().maskedWeight());
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Shape[] inputShapes() {
        BrainMaeConfig config = block.config();
        return new Shape[] {new Shape(1, windowSegments, config.regions(), config.segmentLength()),
            new Shape(1, windowSegments, config.regions())};
    }

    @Override
    public LossTerms loss(ParameterStore parameters, NDList batch, boolean training) {
        NDArray segments = batch.get(0);
        int samples = Math.toIntExact(segments.getShape().get(0));
        float[] flags = masking.draw(samples, windowSegments, random);
        NDArray visible = segments.getManager().create(flags,
                new Shape(samples, windowSegments, block.config().regions()));
        NDArray reconstruction = block.forward(parameters, new NDList(segments, visible), training).get(0);
        MaskedReconstructionLoss.Terms terms = lossWeights.terms(reconstruction, segments, visible);
        return new LossTerms(terms.total(), Map.of("masked_mse", terms.masked(), "visible_mse", terms.visible()));
    }
}
