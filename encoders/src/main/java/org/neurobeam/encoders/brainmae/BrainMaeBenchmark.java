package org.neurobeam.encoders.brainmae;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.train.EpochMetrics;
import org.neurobeam.encoders.train.LearningRateSchedule;
import org.neurobeam.encoders.train.OptimizerKind;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.ingest.InvalidInputException;

/**
 * CPU cost of BrainMAE for BENCHMARKS.md (a measurement, never a test): the mean wall time of one pre-training
 * step (masking, forward, weighted loss, backward, AdamW update) over {@code epochs − 1} epochs after a warm-up
 * epoch, and inference throughput in recordings per second through {@link BrainMaeEncoder#embed} (z-scoring,
 * segmenting, one forward pass per recording, as a pipeline calls it). docs/bench/brainmae_torch.py measures the
 * same architecture in PyTorch.
 */
public record BrainMaeBenchmark(int recordings, int regions, int timePoints, long parameters, int batchSize, int steps,
        double secondsPerStep, double recordingsPerSecond) {

    /** Pre-trains {@code config} on planted-network data for {@code epochs} epochs and times it, then inference. */
    public static BrainMaeBenchmark measure(BrainMaeConfig config, int recordings, int timePoints, int epochs,
            int batchSize) throws InvalidInputException {
        PlantedNetworkCohort cohort = PlantedNetworkCohort.generate(
                PlantedNetworkConfig.of(config.regions(), timePoints), recordings, 1);
        List<RegionSegments> segments = new ArrayList<>();
        for (int i = 0; i < recordings; i++) {
            segments.add(RegionSegments.of("bench-" + i, cohort.recordings().get(i), config));
        }
        int window = timePoints / config.segmentLength();
        TrainingOptions options = TrainingOptions.defaults().withOptimizer(OptimizerKind.ADAMW, 1e-3, 0.01)
                .withSchedule(LearningRateSchedule.COSINE, 0, 1, 1).withEpochs(epochs, batchSize, epochs)
                .withValidation(0);
        try (BrainMaeEncoder encoder = new BrainMaeEncoder(BrainMae.untrained(config))) {
            BrainMae mae = encoder.model();
            List<EpochMetrics> all = new BrainMaePretraining(window, options, metrics -> { }).fit(mae, segments)
                    .epochs();
            List<EpochMetrics> timed = all.subList(1, all.size());
            int steps = timed.size() * ((recordings + batchSize - 1) / batchSize);
            double seconds = timed.stream().mapToDouble(EpochMetrics::seconds).sum();
            encoder.embed(new EncoderInput("warm-up", cohort.recordings().get(0), null));
            long start = System.nanoTime();
            for (int i = 0; i < recordings; i++) {
                encoder.embed(new EncoderInput("bench-" + i, cohort.recordings().get(i), null));
            }
            double perSecond = recordings / ((System.nanoTime() - start) / 1e9);
            long parameters = mae.block().getParameters().values().stream()
                    .mapToLong(p -> p.getArray().getShape().size()).sum();
            return new BrainMaeBenchmark(recordings, config.regions(), timePoints, parameters, batchSize, steps,
                    steps == 0 ? Double.NaN : seconds / steps, perSecond);
        }
    }
}
