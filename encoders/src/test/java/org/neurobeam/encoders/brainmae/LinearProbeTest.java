package org.neurobeam.encoders.brainmae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.encoders.linear.LogisticRegression;
import org.neurobeam.encoders.train.LearningRateSchedule;
import org.neurobeam.encoders.train.OptimizerKind;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.preprocess.signal.Columns;

/**
 * Issue 8's linear probe on planted networks (models.md §1.7 test 3): every recording carries a binary label —
 * networks 0 and 1 coupled at r = 0.8, or all four networks independent — that BrainMAE never sees. The model
 * is pre-trained (masked reconstruction only) on 24 unlabelled recordings; a logistic probe (scikit-learn's
 * {@code StandardScaler} then {@code LogisticRegression(C=1)}, the scaler fitted on the probe's training rows) is
 * fitted on the frozen {@link BrainMaeEncoder#recordingEmbedding recording embeddings} of 80 other recordings
 * and scored on 64 held-out ones. It must classify at least 80 % of them correctly (chance 50 %: 52 or more of
 * 64 by chance has binomial probability below 1e-6) and do at least as well as the same probe on a randomly
 * initialised encoder, which is reported beside it. Recordings are 512 frames (6 min at TR 0.72 s), 32
 * segments from which each ROI token's spread is estimated. On this split the earlier recording embedding, the
 * mean of the segment embeddings, reached only 0.70 (pre-trained) and 0.80 (random-init).
 */
class LinearProbeTest {

    private static final int REGIONS = 24;
    private static final int PRETRAINING = 24;
    private static final int PROBE_TRAINING = 80;
    private static final int HELD_OUT = 64;
    private static final BrainMaeConfig CONFIG = new BrainMaeConfig(REGIONS, 16, 16, 32, 2, 2, 4, 64, 0.0, 0.8, 0.75);

    @BeforeAll
    static void oneThread() {
        TorchEngine.setThreads(1);
    }

    @Test
    void probeOnRecordingEmbeddingsRecoversThePlantedCoupling() throws Exception {
        PlantedNetworkCohort cohort = PlantedNetworkCohort.generate(PlantedNetworkConfig.of(REGIONS, 512),
                PRETRAINING + PROBE_TRAINING + HELD_OUT, 11);
        List<RegionSegments> pretraining = new ArrayList<>();
        for (int i = 0; i < PRETRAINING; i++) {
            pretraining.add(RegionSegments.of("sub-" + i, cohort.recordings().get(i), CONFIG));
        }
        TrainingOptions options = TrainingOptions.defaults().withOptimizer(OptimizerKind.ADAMW, 5e-3, 0.01)
                .withSchedule(LearningRateSchedule.COSINE, 1, 1, 1).withEpochs(30, 8, 30).withValidation(0.1)
                .withSeed(3);
        double pretrained;
        try (BrainMaeEncoder encoder = new BrainMaeEncoder(BrainMae.untrained(CONFIG))) {
            new BrainMaePretraining(8, options, metrics -> { }).fit(encoder.model(), pretraining);
            pretrained = heldOutAccuracy(encoder, cohort);
        }
        double randomInit;
        try (BrainMaeEncoder encoder = new BrainMaeEncoder(BrainMae.randomlyInitialised(CONFIG, 3))) {
            randomInit = heldOutAccuracy(encoder, cohort);
        }
        String report = String.format(Locale.ROOT, "held-out probe accuracy (%d recordings, chance 0.5): "
                + "pre-trained %.3f, random-init %.3f", HELD_OUT, pretrained, randomInit);
        System.out.println(report);
        assertTrue(pretrained >= 0.8, report);
        assertTrue(pretrained >= randomInit, report);
    }

    @Test
    void recordingEmbeddingIsTheMeanThenTheSpreadOfEveryRoiToken() throws Exception {
        double[][] signals = PlantedNetworkCohort.generate(PlantedNetworkConfig.of(REGIONS, 64), 1, 5)
                .recordings().get(0);
        try (BrainMaeEncoder encoder = new BrainMaeEncoder(BrainMae.randomlyInitialised(CONFIG, 4))) {
            float[][] tokens = encoder.model().encode(RegionSegments.of("sub-0", signals, CONFIG)).roiTokens();
            float[] pooled = encoder.recordingEmbedding(new EncoderInput("sub-0", signals, null));
            int width = REGIONS * CONFIG.modelSize();
            assertEquals(4, tokens.length, "64 frames make 4 segments of 16");
            assertEquals(2 * width, pooled.length);
            for (int j = 0; j < width; j += 97) {
                double a = tokens[0][j];
                double b = tokens[1][j];
                double c = tokens[2][j];
                double d = tokens[3][j];
                double mean = (a + b + c + d) / 4;
                double variance = (sq(a - mean) + sq(b - mean) + sq(c - mean) + sq(d - mean)) / 4;
                assertEquals(mean, pooled[j], 1e-5);
                assertEquals(Math.sqrt(variance), pooled[width + j], 1e-5);
            }
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Fits the probe on the recordings after the pre-training ones and scores the last {@link #HELD_OUT}. */
    private static double heldOutAccuracy(BrainMaeEncoder encoder, PlantedNetworkCohort cohort)
            throws InvalidInputException {
        int heldOut = PRETRAINING + PROBE_TRAINING;
        double[][] x = new double[PROBE_TRAINING + HELD_OUT][];
        for (int i = 0; i < x.length; i++) {
            int recording = PRETRAINING + i;
            float[] embedding = encoder.recordingEmbedding(
                    new EncoderInput("sub-" + recording, cohort.recordings().get(recording), null));
            x[i] = new double[embedding.length];
            for (int j = 0; j < embedding.length; j++) {
                x[i][j] = embedding[j];
            }
        }
        standardiseByTrainingRows(x);
        LogisticRegression probe = LogisticRegression.fit(Arrays.copyOfRange(x, 0, PROBE_TRAINING),
                Arrays.copyOfRange(cohort.labels(), PRETRAINING, heldOut), 2, 1.0);
        int correct = 0;
        for (int i = PROBE_TRAINING; i < x.length; i++) {
            int predicted = probe.probabilities(x[i])[1] > 0.5 ? 1 : 0;
            correct += predicted == cohort.labels()[PRETRAINING + i] ? 1 : 0;
        }
        return correct / (double) HELD_OUT;
    }

    /** Every column centred and scaled by the mean and population std of the probe's training rows. */
    private static void standardiseByTrainingRows(double[][] x) {
        double[][] training = Arrays.copyOfRange(x, 0, PROBE_TRAINING);
        double[] mean = Columns.mean(training);
        double[] std = Columns.std(training, 0);
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (row[j] - mean[j]) / (std[j] > 0 ? std[j] : 1);
            }
        }
    }
}
