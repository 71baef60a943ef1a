package org.neurobeam.encoders.brainmae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Fixed sinusoidal position encodings (Vaswani et al. 2017, §3.5): {@code PE(p, 2i) = sin(p / 10000^(2i/d))},
 * {@code PE(p, 2i+1) = cos(p / 10000^(2i/d))}. Defined for any number of segments, so a model trained on short
 * scans embeds longer ones.
 */
final class SinusoidalPositions {

    private SinusoidalPositions() {
    }

    /** The {@code (positions, width)} encoding table. */
    static NDArray of(NDManager manager, long positions, long width) {
        float[] table = new float[Math.toIntExact(positions * width)];
        for (int p = 0; p < positions; p++) {
            for (int i = 0; i < width; i++) {
                double frequency = Math.pow(10000, -(double) (i - i % 2) / width);
                table[(int) (p * width + i)] = (float) (i % 2 == 0 ? Math.sin(p * frequency) : Math.cos(p * frequency));
            }
        }
        return manager.create(table, new Shape(positions, width));
    }
}
