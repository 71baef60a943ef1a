package org.neurobeam.encoders.demovae;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.ModelCard;
import org.neurobeam.encoders.checkpoint.Checkpoint;
import org.neurobeam.encoders.checkpoint.ModelConfig;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A trained DemoVAE (Orlichenko et al. 2024, "A demographic-conditioned variational autoencoder for fMRI
 * distribution sampling and removal of confounds", arXiv 2405.07977). Connectomes enter as their strict upper
 * triangle ({@link UpperTriangle} order). {@link #encode} gives the demographics-free latents (the embedding);
 * {@link #removeConfounds} re-decodes a subject at reference demographics; {@link #sample} draws synthetic
 * connectomes for given demographics from z ~ N(0, I). Not thread-safe; close it.
 */
public final class DemoVae implements Encoder {

    public static final String MODEL = "demovae";
    /** Architecture version written to {@code config.json}. */
    public static final String VERSION = "1";

    private final Model model;
    private final DemoVaeBlock block;
    private final DemoVaeConfig config;
    private final DemographicSchema schema;

    DemoVae(Model model, DemoVaeBlock block, DemoVaeConfig config, DemographicSchema schema) {
        this.model = model;
        this.block = block;
        this.config = config;
        this.schema = schema;
    }

    /** The DemoVAE saved in checkpoint {@code dir} whose {@code config.json} is {@code modelConfig}. */
    public static DemoVae open(Path dir, ModelConfig modelConfig) throws IOException {
        DemoVaeConfig config = modelConfig.hyperParameters(DemoVaeConfig.class, dir);
        DemographicSchema schema = modelConfig.inputSchema(DemographicSchema.class, dir);
        Checks.input(modelConfig.inputShape().equals(List.of(config.features())), dir.resolve(Checkpoint.CONFIG),
                "inputShape", "%s does not match %d regions (%d edges)", modelConfig.inputShape(), config.regions(),
                config.features());
        DemoVaeBlock block = new DemoVaeBlock(config, schema.width());
        Model model = TorchEngine.newModel(MODEL, block);
        try {
            Checkpoint.loadParameters(dir, modelConfig, model);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
        return new DemoVae(model, block, config, schema);
    }

    @Override
    public ModelCard card() {
        return new ModelCard(MODEL, VERSION, config.latent());
    }

    public DemoVaeConfig config() {
        return config;
    }

    public DemographicSchema schema() {
        return schema;
    }

    /** The {@code config.json} content of this model. */
    ModelConfig modelConfig() {
        return ModelConfig.of(MODEL, VERSION, List.of(config.features()), config, schema);
    }

    Model model() {
        return model;
    }

    /** One embedding: the latents of the recording's connectivity matrix. */
    @Override
    public List<float[]> embed(EncoderInput input) throws InvalidInputException {
        Path source = input.recordingId() == null ? null : Path.of(input.recordingId());
        return List.of(encode(new double[][] {vectorise(input.connectivity(), source)}, source)[0]);
    }

    /**
     * The upper triangle of a {@code regions × regions} connectivity matrix, checked for size and finite values;
     * {@code source} (a recording) is named in errors.
     */
    public double[] vectorise(double[][] matrix, Path source) throws InvalidInputException {
        int regions = config.regions();
        Checks.input(matrix != null, source, "connectivity", "missing; DemoVAE encodes connectivity matrices");
        Checks.input(matrix.length == regions, source, "connectivity",
                "%d rows, but this DemoVAE was trained on %d x %d matrices", matrix.length, regions, regions);
        for (int i = 0; i < regions; i++) {
            Checks.input(matrix[i] != null && matrix[i].length == regions, source, "connectivity",
                    "row %d has %d columns, expected %d", i, matrix[i] == null ? 0 : matrix[i].length, regions);
        }
        double[] vector = UpperTriangle.vector(matrix);
        checkVector(vector, 0, source);
        return vector;
    }

    /** Demographics-free latents (subjects × latent) of connectome vectors (subjects × edges). */
    public float[][] encode(double[][] vectors, Path source) throws InvalidInputException {
        checkVectors(vectors, source);
        return run((store, manager) -> block.encode(store, toArray(manager, vectors), false), vectors.length);
    }

    /**
     * Connectome vectors decoded from {@code latents} at {@code demographics} (one row per latent row, or a
     * single row for all).
     */
    public float[][] decode(float[][] latents, Demographics demographics, Path source) throws InvalidInputException {
        float[][] demo = broadcast(schema.encode(demographics, source), latents.length, source);
        return run((store, manager) -> block.decode(store, toArray(manager, latents), toArray(manager, demo), false),
                latents.length);
    }

    /** Each subject re-decoded at the {@code reference} demographics (one row, or one per subject). */
    public float[][] removeConfounds(double[][] vectors, Demographics reference, Path source)
            throws InvalidInputException {
        return decode(encode(vectors, source), reference, source);
    }

    /** One synthetic connectome vector per row of {@code demographics}, from z ~ N(0, I) drawn with {@code seed}. */
    public float[][] sample(Demographics demographics, long seed) throws InvalidInputException {
        Random random = new Random(seed);
        float[][] latents = new float[demographics.rows()][config.latent()];
        for (float[] row : latents) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return decode(latents, demographics, null);
    }

    @Override
    public void close() {
        model.close();
    }

    private float[][] run(BiFunction<ParameterStore, NDManager, NDArray> forward, int rows) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray out = forward.apply(new ParameterStore(manager, false), manager);
            float[] flat = out.toFloatArray();
            int width = (int) out.getShape().get(1);
            float[][] result = new float[rows][width];
            for (int i = 0; i < rows; i++) {
                System.arraycopy(flat, i * width, result[i], 0, width);
            }
            return result;
        }
    }

    private static NDArray toArray(NDManager manager, float[][] rows) {
        return manager.create(rows);
    }

    private static NDArray toArray(NDManager manager, double[][] rows) {
        int width = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < width; j++) {
                flat[i * width + j] = (float) rows[i][j];
            }
        }
        return manager.create(flat, new Shape(rows.length, width));
    }

    private static float[][] broadcast(float[][] demo, int rows, Path source) throws InvalidInputException {
        Checks.input(demo.length == rows || demo.length == 1, source, "demographics",
                "%d rows for %d subjects; give one row per subject or a single reference row", demo.length, rows);
        if (demo.length == rows) {
            return demo;
        }
        float[][] out = new float[rows][];
        java.util.Arrays.fill(out, demo[0]);
        return out;
    }

    void checkVectors(double[][] vectors, Path source) throws InvalidInputException {
        Checks.input(vectors != null && vectors.length > 0, source, "connectivity", "no connectome vectors");
        for (int i = 0; i < vectors.length; i++) {
            checkVector(vectors[i], i, source);
        }
    }

    private void checkVector(double[] vector, int row, Path source) throws InvalidInputException {
        int features = config.features();
        Checks.input(vector != null && vector.length == features, source, "connectivity",
                "subject %d has %d edges, but this DemoVAE was trained on %d regions (%d edges)", row,
                vector == null ? 0 : vector.length, config.regions(), features);
        for (int e = 0; e < features; e++) {
            if (!Double.isFinite(vector[e])) {
                int regions = config.regions();
                int i = 0;
                int rest = e;
                while (rest >= regions - 1 - i) {
                    rest -= regions - 1 - i;
                    i++;
                }
                throw new InvalidInputException(source, "connectivity", String.format(java.util.Locale.ROOT,
                        "subject %d has %s at edge (%d, %d)", row, vector[e], i, i + 1 + rest));
            }
        }
    }
}
