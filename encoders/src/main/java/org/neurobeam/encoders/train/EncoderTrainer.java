package org.neurobeam.encoders.train;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.ingest.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop shared by every encoder, after DJL's {@code EasyTrain} (forward and backward inside a
 * gradient collector, then one optimiser step over the parameter store): libtorch seeded before the block is
 * initialised and a seeded Java generator for the validation split and the batch order, so one seed gives
 * identical weights; a validation split; early stopping that keeps the best epoch's weights (as Keras's
 * {@code restore_best_weights}); per-epoch metrics to a {@link TrainingProgress} and the log.
 */
public final class EncoderTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(EncoderTrainer.class);

    private final TrainingOptions options;
    private final TrainingProgress progress;

    public EncoderTrainer(TrainingOptions options, TrainingProgress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Initialises {@code model}'s block with the options' seed and trains it on {@code data}. */
    public TrainingRun fit(Model model, TrainingObjective objective, SampleTable data) {
        int samples = data.size();
        int validation = (int) Math.round(samples * options.validationFraction());
        Checks.argument(samples - validation >= 1, "samples", "%d samples leave none for training", samples);
        SplittableRandom random = new SplittableRandom(options.seed());
        int[] order = permutation(samples, random);
        int[] trainSet = Arrays.copyOfRange(order, validation, samples);
        int[] validationSet = Arrays.copyOfRange(order, 0, validation);

        Block block = model.getBlock();
        NDManager manager = model.getNDManager();
        TorchEngine.seed(options.seed());
        block.initialize(manager, DataType.FLOAT32, objective.inputShapes());
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            parameter.getValue().getArray().setRequiresGradient(parameter.getValue().requiresGradient());
        }
        int stepsPerEpoch = (trainSet.length + options.batchSize() - 1) / options.batchSize();
        Tracker rate = options.schedule().tracker(options, stepsPerEpoch);
        ParameterStore store = new ParameterStore(manager, false);
        Engine engine = TorchEngine.get();
        store.setParameterServer(engine.newParameterServer(options.optimizer().build(rate,
                (float) options.weightDecay())), new Device[] {model.getNDManager().getDevice()});

        List<EpochMetrics> epochs = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = -1;
        byte[] bestWeights = null;
        boolean stopped = false;
        for (int epoch = 0; epoch < options.epochs() && !stopped; epoch++) {
            long start = System.nanoTime();
            shuffle(trainSet, random);
            Map<String, Double> trainTerms = run(objective, data, trainSet, store, manager, engine, true);
            Map<String, Double> validationTerms = validation == 0 ? null
                    : run(objective, data, validationSet, store, manager, engine, false);
            double trainLoss = trainTerms.get("loss");
            Double validationLoss = validationTerms == null ? null : validationTerms.get("loss");
            EpochMetrics metrics = new EpochMetrics(epoch, trainLoss, validationLoss, trainTerms, validationTerms,
                    rate.getNewValue((epoch + 1) * stepsPerEpoch), (System.nanoTime() - start) / 1e9);
            epochs.add(metrics);
            LOG.info("epoch {}: train loss {} validation loss {} ({} s)", epoch, trainLoss, validationLoss,
                    String.format("%.2f", metrics.seconds()));
            progress.epochEnded(metrics);
            double monitored = validationLoss == null ? trainLoss : validationLoss;
            if (monitored < best) {
                best = monitored;
                bestEpoch = epoch;
                bestWeights = snapshot(block);
            } else {
                stopped = epoch - bestEpoch >= options.patience();
            }
        }
        Checks.argument(bestWeights != null, "loss", "never finite in %d epochs; lower the learning rate",
                epochs.size());
        restore(block, manager, bestWeights);
        return new TrainingRun(options, data.fingerprint(), epochs, bestEpoch, stopped);
    }

    /** One pass over {@code indexes} in batches: mean total loss ("loss") and mean terms, weighted by batch size. */
    private Map<String, Double> run(TrainingObjective objective, SampleTable data, int[] indexes,
            ParameterStore store, NDManager manager, Engine engine, boolean training) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (int from = 0; from < indexes.length; from += options.batchSize()) {
            int[] batch = Arrays.copyOfRange(indexes, from, Math.min(indexes.length, from + options.batchSize()));
            try (NDManager step = manager.newSubManager()) {
                LossTerms terms;
                if (training) {
                    try (GradientCollector collector = engine.newGradientCollector()) {
                        terms = objective.loss(store, data.batch(step, batch), true);
                        collector.backward(terms.total());
                    }
                    store.updateAllParameters();
                } else {
                    terms = objective.loss(store, data.batch(step, batch), false);
                }
                sums.merge("loss", batch.length * (double) terms.total().getFloat(), Double::sum);
                for (Map.Entry<String, NDArray> term : terms.terms().entrySet()) {
                    sums.merge(term.getKey(), batch.length * (double) term.getValue().getFloat(), Double::sum);
                }
            }
        }
        sums.replaceAll((name, sum) -> sum / indexes.length);
        return sums;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        shuffle(order, random);
        return order;
    }

    /** Fisher–Yates shuffle in place. */
    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    private static byte[] snapshot(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void restore(Block block, NDManager manager, byte[] weights) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            block.loadParameters(manager, in);
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("cannot restore the weights just saved", e);
        }
    }
}
