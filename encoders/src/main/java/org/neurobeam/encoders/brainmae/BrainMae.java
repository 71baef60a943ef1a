package org.neurobeam.encoders.brainmae;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.neurobeam.encoders.checkpoint.Checkpoint;
import org.neurobeam.encoders.checkpoint.ModelConfig;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.encoders.train.TrainingRun;

/**
 * A BrainMAE model held in DJL: built for a {@link BrainMaeConfig}, trained by {@link BrainMaePretraining},
 * saved to and opened from a checkpoint folder, and run on one recording's {@link RegionSegments} at a time.
 * Not thread-safe; close it.
 */
public final class BrainMae implements AutoCloseable {

    /** Architecture version written to {@code config.json}. */
    public static final String VERSION = "1";

    private final BrainMaeConfig config;
    private final BrainMaeBlock block;
    private final Model model;

    private BrainMae(BrainMaeConfig config) {
        this.config = config;
        this.block = new BrainMaeBlock(config);
        this.model = TorchEngine.newModel(BrainMaeConfig.MODEL_NAME, block);
    }

    /** An untrained model, to be handed to {@link BrainMaePretraining}. */
    public static BrainMae untrained(BrainMaeConfig config) {
        return new BrainMae(config);
    }

    /** A model with randomly initialised weights (seeded), the "random-init encoder" of a probe comparison. */
    public static BrainMae randomlyInitialised(BrainMaeConfig config, long seed) {
        BrainMae mae = new BrainMae(config);
        TorchEngine.seed(seed);
        mae.block.initialize(mae.model.getNDManager(), DataType.FLOAT32,
                new Shape(1, 1, config.regions(), config.segmentLength()), new Shape(1, 1, config.regions()));
        return mae;
    }

    /** The model saved in checkpoint {@code dir} whose {@code config.json} is {@code modelConfig}. */
    public static BrainMae open(Path dir, ModelConfig modelConfig) throws IOException {
        BrainMae mae = new BrainMae(modelConfig.hyperParameters(BrainMaeConfig.class, dir));
        try {
            Checkpoint.loadParameters(dir, modelConfig, mae.model);
        } catch (IOException | RuntimeException e) {
            mae.close();
            throw e;
        }
        return mae;
    }

    /** Writes the weights, the configuration and the record of {@code run} to checkpoint folder {@code dir}. */
    public void save(Path dir, TrainingRun run, int windowSegments) throws IOException {
        ModelConfig modelConfig = ModelConfig.of(BrainMaeConfig.MODEL_NAME, VERSION,
                List.of(windowSegments * config.segmentLength(), config.regions()), config, null);
        Checkpoint.save(dir, modelConfig, run, model);
    }

    public BrainMaeConfig config() {
        return config;
    }

    BrainMaeBlock block() {
        return block;
    }

    Model model() {
        return model;
    }

    /** One segment embedding (width {@code modelSize}) per segment, every ROI visible. */
    public float[][] segmentEmbeddings(RegionSegments segments) {
        return encode(segments).embeddings();
    }

    /** The forward pass over {@code segments} with every ROI visible, as at inference. */
    public Output encode(RegionSegments segments) {
        float[] visible = new float[segments.segments() * config.regions()];
        Arrays.fill(visible, 1f);
        return run(segments, visible);
    }

    /**
     * The reconstruction {@code (S, N, L)}, segment embeddings and ROI tokens of {@code segments} with the ROIs
     * flagged 0 in {@code visible} ({@code (S, N)}) hidden, as in pre-training.
     */
    public Output run(RegionSegments segments, float[] visible) {
        int s = segments.segments();
        int n = config.regions();
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray values = manager.create(segments.values(), new Shape(1, s, n, config.segmentLength()));
            NDArray flags = manager.create(visible, new Shape(1, s, n));
            NDList out = block.forward(new ParameterStore(manager, false), new NDList(values, flags), false);
            return new Output(out.get(0).toFloatArray(), perSegment(out.get(1).toFloatArray(), s),
                    perSegment(out.get(2).toFloatArray(), s));
        }
    }

    /** {@code values} of {@code segments} equally long segments, one row each. */
    private static float[][] perSegment(float[] values, int segments) {
        int width = values.length / segments;
        float[][] rows = new float[segments][];
        for (int i = 0; i < segments; i++) {
            rows[i] = Arrays.copyOfRange(values, i * width, (i + 1) * width);
        }
        return rows;
    }

    /**
     * What a forward pass gives: reconstruction {@code (S, N, L)} flattened, one embedding (width {@code d}) per
     * segment, and per segment the transient state encoder's ROI tokens, {@code (N, d)} flattened.
     */
    public record Output(float[] reconstruction, float[][] embeddings, float[][] roiTokens) {
    }

    @Override
    public void close() {
        model.close();
    }
}
