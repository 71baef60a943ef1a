package org.neurobeam.encoders.brainmae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Segment-wise ROI masking against its definition. */
class SegmentMaskingTest {

    @Test
    void aFixedRatioHidesRoundedCountInEverySegment() {
        float[] visible = new SegmentMasking(10, 0.34, 0.34).draw(5, 7, new SplittableRandom(1));
        for (int segment = 0; segment < 35; segment++) {
            int hidden = 0;
            for (int r = 0; r < 10; r++) {
                hidden += visible[segment * 10 + r] == 0f ? 1 : 0;
            }
            assertEquals(3, hidden, "round(0.34 * 10) ROIs hidden in segment " + segment);
        }
    }

    @Test
    void uniformRatioAveragesTheMidpointAndSubsetsVaryBySegment() {
        int samples = 4000;
        float[] visible = new SegmentMasking(20, 0.0, 0.8).draw(samples, 2, new SplittableRandom(2));
        double hidden = 0;
        int differentSubsets = 0;
        for (int b = 0; b < samples; b++) {
            boolean differs = false;
            for (int r = 0; r < 20; r++) {
                hidden += visible[(2 * b) * 20 + r] == 0f ? 1 : 0;
                differs |= visible[(2 * b) * 20 + r] != visible[(2 * b + 1) * 20 + r];
            }
            differentSubsets += differs ? 1 : 0;
        }
        // E[round(U(0, 0.8) * 20)] / 20 = 0.4; the standard error of the mean over 4000 samples is about 0.004.
        assertEquals(0.4, hidden / samples / 20, 0.015);
        assertEquals(1.0, differentSubsets / (double) samples, 0.1);
    }
}
