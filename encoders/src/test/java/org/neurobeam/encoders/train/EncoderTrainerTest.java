package org.neurobeam.encoders.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurobeam.encoders.engine.TorchEngine;

/**
 * The shared training loop on least squares with a planted answer: y = X·w + 0.5 with w = (1, −2, 3) and small
 * noise; the schedules against their closed forms.
 */
class EncoderTrainerTest {

    private static final double[] W = {1, -2, 3};

    /** Mean squared error of a one-unit linear layer. */
    private record LeastSquares(Block block) implements TrainingObjective {
        @Override
        public Shape[] inputShapes() {
            return new Shape[] {new Shape(1, 3)};
        }

        @Override
        public LossTerms loss(ParameterStore parameters, NDList batch, boolean training) {
            NDArray prediction = block.forward(parameters, new NDList(batch.get(0)), training).singletonOrThrow();
            NDArray error = prediction.sub(batch.get(1)).square().mean();
            return new LossTerms(error, Map.of("mse", error));
        }
    }

    /** {@code n} samples; with {@code noiseLabels} the targets are pure noise (nothing to learn). */
    private static SampleTable data(int n, long seed, boolean noiseLabels) {
        Random random = new Random(seed);
        float[][] x = new float[n][3];
        float[][] y = new float[n][1];
        for (int i = 0; i < n; i++) {
            double sum = 0.5;
            for (int j = 0; j < 3; j++) {
                x[i][j] = (float) random.nextGaussian();
                sum += W[j] * x[i][j];
            }
            y[i][0] = (float) (noiseLabels ? 3 * random.nextGaussian() : sum + 0.01 * random.nextGaussian());
        }
        return new SampleTable().add("x", new long[] {3}, x).add("y", new long[] {1}, y);
    }

    private static float[] train(TrainingOptions options, SampleTable data, List<EpochMetrics> seen) {
        Block block = Linear.builder().setUnits(1).build();
        try (Model model = TorchEngine.newModel("least-squares", block)) {
            TrainingRun run = new EncoderTrainer(options, seen::add).fit(model, new LeastSquares(block), data);
            assertEquals(run.epochs(), seen);
            float[] weights = block.getParameters().get("weight").getArray().toFloatArray();
            float[] bias = block.getParameters().get("bias").getArray().toFloatArray();
            return new float[] {weights[0], weights[1], weights[2], bias[0]};
        }
    }

    private static TrainingOptions options() {
        return TrainingOptions.defaults().withOptimizer(OptimizerKind.ADAM, 0.05, 0).withEpochs(60, 32, 60)
                .withValidation(0.2).withSeed(11);
    }

    @Test
    void recoversThePlantedWeights() {
        float[] fitted = train(options(), data(400, 1, false), new ArrayList<>());
        assertArrayEquals(new float[] {1, -2, 3, 0.5f}, fitted, 0.02f);
    }

    @Test
    void oneSeedGivesIdenticalWeightsAnotherDoesNot() {
        SampleTable data = data(400, 2, false);
        TrainingOptions short5 = options().withEpochs(5, 32, 5);
        float[] first = train(short5, data, new ArrayList<>());
        float[] second = train(short5, data, new ArrayList<>());
        float[] other = train(short5.withSeed(12), data, new ArrayList<>());
        assertArrayEquals(first, second, 0f);
        assertFalse(java.util.Arrays.equals(first, other));
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() {
        List<EpochMetrics> seen = new ArrayList<>();
        TrainingOptions patient = options().withOptimizer(OptimizerKind.ADAMW, 0.05, 0.01).withEpochs(200, 8, 5);
        SampleTable noise = data(60, 3, true);
        train(patient, noise, seen);
        int last = seen.size() - 1;
        assertTrue(last < 199, "stopped early");
        double best = seen.stream().mapToDouble(EpochMetrics::validationLoss).min().orElseThrow();
        int bestEpoch = seen.stream().filter(m -> m.validationLoss() == best).findFirst().orElseThrow().epoch();
        assertEquals(bestEpoch + 5, last, "stops after exactly `patience` epochs without improvement");
    }

    @Test
    void schedulesFollowTheirClosedForms() {
        int stepsPerEpoch = 10;
        TrainingOptions base = options().withEpochs(20, 32, 20);
        var cosine = LearningRateSchedule.COSINE.tracker(base.withSchedule(LearningRateSchedule.COSINE, 0, 1, 1),
                stepsPerEpoch);
        for (int t : new int[] {0, 50, 100, 150, 200}) {
            assertEquals(0.05 * (1 + Math.cos(Math.PI * t / 200.0)) / 2, cosine.getNewValue(t), 1e-6, "cosine " + t);
        }
        var step = LearningRateSchedule.STEP.tracker(base.withSchedule(LearningRateSchedule.STEP, 0, 5, 0.1),
                stepsPerEpoch);
        assertEquals(0.05, step.getNewValue(49), 1e-7);
        assertEquals(0.005, step.getNewValue(51), 1e-7);
        assertEquals(0.0005, step.getNewValue(101), 1e-7);
        var warm = LearningRateSchedule.CONSTANT.tracker(
                base.withSchedule(LearningRateSchedule.CONSTANT, 2, 1, 1), stepsPerEpoch);
        assertEquals(0.025, warm.getNewValue(10), 1e-7, "half-way through a 20-step linear warm-up");
        assertEquals(0.05, warm.getNewValue(150), 1e-7);
    }
}
