package org.neurobeam.encoders.brainmae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.Encoders;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.encoders.train.LearningRateSchedule;
import org.neurobeam.encoders.train.OptimizerKind;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.encoders.train.TrainingRun;
import org.neurobeam.ingest.InvalidInputException;

/** BrainMAE end to end on small planted-network data: checkpoints, input validation, masking invariance. */
class BrainMaeTest {

    /** 8 ROIs, 8-frame segments, width 16: seconds to train on two cores. */
    private static final BrainMaeConfig TINY = new BrainMaeConfig(8, 8, 8, 16, 2, 1, 2, 32, 0.0, 0.8, 0.75);

    @BeforeAll
    static void oneThread() {
        TorchEngine.setThreads(1);
    }

    private static List<RegionSegments> segments(PlantedNetworkCohort cohort) throws InvalidInputException {
        List<RegionSegments> out = new ArrayList<>();
        for (int i = 0; i < cohort.recordings().size(); i++) {
            out.add(RegionSegments.of("sub-" + i, cohort.recordings().get(i), TINY));
        }
        return out;
    }

    @Test
    void savedCheckpointLoadsByNameAndEmbedsIdentically(@TempDir Path dir) throws Exception {
        PlantedNetworkCohort cohort = PlantedNetworkCohort.generate(PlantedNetworkConfig.of(8, 64), 12, 1);
        TrainingOptions options = TrainingOptions.defaults().withOptimizer(OptimizerKind.ADAMW, 1e-3, 0.01)
                .withSchedule(LearningRateSchedule.COSINE, 0, 1, 1).withEpochs(2, 4, 2).withValidation(0.25)
                .withSeed(5);
        EncoderInput input = new EncoderInput("sub-x", cohort.recordings().get(0), null);
        List<float[]> before;
        try (BrainMae mae = BrainMae.untrained(TINY)) {
            BrainMaePretraining pretraining = new BrainMaePretraining(8, options, metrics -> { });
            TrainingRun run = pretraining.fit(mae, segments(cohort));
            assertEquals(2, run.epochs().size());
            mae.save(dir, run, pretraining.windowSegments());
            before = new BrainMaeEncoder(mae).embed(input);
        }
        try (Encoder loaded = Encoders.load(dir)) {
            assertEquals("brainmae", loaded.card().name());
            assertEquals(16, loaded.card().dimension());
            List<float[]> after = loaded.embed(input);
            assertEquals(8, after.size(), "64 frames make 8 segments of 8");
            for (int s = 0; s < after.size(); s++) {
                assertArrayEquals(before.get(s), after.get(s), 0f);
            }
        }
    }

    @Test
    void badInputsNameTheRecordingAndField() {
        try (BrainMaeEncoder encoder = new BrainMaeEncoder(BrainMae.randomlyInitialised(TINY, 1))) {
            double[][] wrongRegions = new double[64][9];
            double[][] tooShort = new double[7][8];
            double[][] withNaN = new double[64][8];
            withNaN[10][3] = Double.NaN;
            for (double[][] bad : List.of(wrongRegions, tooShort, withNaN)) {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> encoder.embed(new EncoderInput("sub-bad", bad, null)));
                assertEquals("region_timeseries", e.field());
                assertTrue(e.getMessage().startsWith("sub-bad: region_timeseries: "), e.getMessage());
            }
            assertThrows(InvalidInputException.class, () -> encoder.embed(new EncoderInput("sub-none", null, null)));
        }
    }

    @Test
    void hiddenRoisCannotLeakIntoTheReconstruction() throws Exception {
        PlantedNetworkCohort cohort = PlantedNetworkCohort.generate(PlantedNetworkConfig.of(8, 64), 1, 2);
        RegionSegments original = RegionSegments.of("sub-0", cohort.recordings().get(0), TINY);
        float[] visible = new SegmentMasking(8, 0.5, 0.5).draw(1, original.segments(), new SplittableRandom(3));
        float[] altered = original.values().clone();
        SplittableRandom random = new SplittableRandom(4);
        for (int s = 0; s < original.segments(); s++) {
            for (int r = 0; r < 8; r++) {
                for (int f = 0; visible[s * 8 + r] == 0f && f < 8; f++) {
                    altered[(s * 8 + r) * 8 + f] = (float) (10 * random.nextGaussian());
                }
            }
        }
        try (BrainMae mae = BrainMae.randomlyInitialised(TINY, 6)) {
            BrainMae.Output a = mae.run(original, visible);
            BrainMae.Output b = mae.run(new RegionSegments(original.segments(), altered), visible);
            assertArrayEquals(a.reconstruction(), b.reconstruction(), 0f);
            float[] allVisible = new float[visible.length];
            Arrays.fill(allVisible, 1f);
            assertNotEquals(Arrays.toString(mae.run(original, allVisible).reconstruction()),
                    Arrays.toString(mae.run(new RegionSegments(original.segments(), altered), allVisible)
                            .reconstruction()), "visible values do reach the output");
        }
    }
}
