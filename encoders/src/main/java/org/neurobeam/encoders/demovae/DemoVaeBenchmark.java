package org.neurobeam.encoders.demovae;

import java.util.List;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.train.EpochMetrics;
import org.neurobeam.encoders.train.OptimizerKind;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.ingest.InvalidInputException;

/**
 * CPU cost of DemoVAE for BENCHMARKS.md (a measurement, never a test): the mean wall time of one training step
 * (forward, all five losses with the guidance draw, backward, Adam update) over {@code epochs − 1} epochs after a
 * warm-up epoch, and inference throughput as recordings per second, batched ({@link DemoVae#encode} on all
 * vectors at once) and one recording per call ({@link DemoVae#embed} on connectivity matrices, as a pipeline
 * calls it). docs/bench/demovae_torch.py measures the same architecture and losses in PyTorch.
 */
public record DemoVaeBenchmark(int subjects, int features, int batchSize, int steps, double secondsPerStep,
        double recordingsPerSecondBatched, double recordingsPerSecondSingle) {

    /** Trains {@code config} for {@code epochs} epochs (no validation split) and times it, then times inference. */
    public static DemoVaeBenchmark measure(DemoVaeConfig config, double[][] vectors, Demographics demographics,
            int epochs, int batchSize) throws InvalidInputException {
        TrainingOptions options = TrainingOptions.defaults().withOptimizer(OptimizerKind.ADAM, 1e-4, 0)
                .withEpochs(epochs, batchSize, epochs).withValidation(0);
        DemoVaeFit fit = DemoVaeTraining.fit(config, vectors, demographics, options, metrics -> { });
        try (DemoVae model = fit.model()) {
            List<EpochMetrics> timed = fit.run().epochs().subList(1, fit.run().epochs().size());
            int stepsPerEpoch = (vectors.length + batchSize - 1) / batchSize;
            int steps = timed.size() * stepsPerEpoch;
            double seconds = timed.stream().mapToDouble(EpochMetrics::seconds).sum();

            model.encode(vectors, null);
            long start = System.nanoTime();
            model.encode(vectors, null);
            double batched = vectors.length / ((System.nanoTime() - start) / 1e9);

            int single = Math.min(vectors.length, 200);
            double[][][] matrices = new double[single][][];
            for (int i = 0; i < single; i++) {
                matrices[i] = UpperTriangle.matrix(vectors[i], 1.0);
            }
            start = System.nanoTime();
            for (int i = 0; i < single; i++) {
                model.embed(new EncoderInput("bench-" + i, null, matrices[i]));
            }
            double perRecording = single / ((System.nanoTime() - start) / 1e9);
            return new DemoVaeBenchmark(vectors.length, config.features(), batchSize, steps,
                    steps == 0 ? Double.NaN : seconds / steps, batched, perRecording);
        }
    }
}
