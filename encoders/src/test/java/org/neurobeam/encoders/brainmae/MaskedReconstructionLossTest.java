package org.neurobeam.encoders.brainmae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.neurobeam.encoders.engine.TorchEngine;

/** The 0.75 / 0.25 weighted MSE against a hand computation. */
class MaskedReconstructionLossTest {

    @Test
    void weightsMaskedAndVisibleMeans() {
        try (NDManager manager = TorchEngine.get().newBaseManager()) {
            // One sample, one segment, three ROIs, two frames; ROI 1 hidden.
            float[] target = {0, 0, 1, 1, 2, 2};
            float[] reconstruction = {1, 1, 1, 3, 2, 5};
            float[] visible = {1, 0, 1};
            // Per-ROI MSE: ROI 0 = 1, ROI 1 = (0 + 4) / 2 = 2, ROI 2 = (0 + 9) / 2 = 4.5.
            // Masked mean 2; visible mean (1 + 4.5) / 2 = 2.75; loss 0.75 * 2 + 0.25 * 2.75 = 2.1875.
            float loss = new MaskedReconstructionLoss(0.75).evaluate(
                    manager.create(reconstruction, new Shape(1, 1, 3, 2)),
                    manager.create(target, new Shape(1, 1, 3, 2)),
                    manager.create(visible, new Shape(1, 1, 3))).getFloat();
            assertEquals(2.1875, loss, 1e-6);
        }
    }
}
