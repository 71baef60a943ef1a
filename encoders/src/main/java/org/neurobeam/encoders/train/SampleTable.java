package org.neurobeam.encoders.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Training data in memory: named float arrays sharing their first axis (samples), each sample flattened in C
 * order with its own shape, e.g. DemoVAE's connectome vectors (F) and demographic vectors (D).
 */
public final class SampleTable {

    private final List<String> names = new ArrayList<>();
    private final List<long[]> sampleShapes = new ArrayList<>();
    private final List<float[][]> arrays = new ArrayList<>();

    /** Adds array {@code name} whose sample {@code i} is {@code rows[i]}, of shape {@code sampleShape}. */
    public SampleTable add(String name, long[] sampleShape, float[][] rows) {
        long width = Arrays.stream(sampleShape).reduce(1, Math::multiplyExact);
        Checks.argument(arrays.isEmpty() || rows.length == size(), name, "has %d samples, %s has %d", rows.length,
                names.isEmpty() ? "" : names.get(0), arrays.isEmpty() ? 0 : size());
        for (int i = 0; i < rows.length; i++) {
            Checks.argument(rows[i].length == width, name, "sample %d has %d values, expected %d (shape %s)", i,
                    rows[i].length, width, Arrays.toString(sampleShape));
        }
        names.add(name);
        sampleShapes.add(sampleShape.clone());
        arrays.add(rows);
        return this;
    }

    /** Number of samples. */
    public int size() {
        return arrays.isEmpty() ? 0 : arrays.get(0).length;
    }

    /** The samples {@code indexes} of every array, each as an NDArray (batch, sample shape...) of {@code manager}. */
    public NDList batch(NDManager manager, int[] indexes) {
        NDList batch = new NDList(arrays.size());
        for (int a = 0; a < arrays.size(); a++) {
            float[][] rows = arrays.get(a);
            int width = rows.length == 0 ? 0 : rows[0].length;
            float[] flat = new float[indexes.length * width];
            for (int b = 0; b < indexes.length; b++) {
                System.arraycopy(rows[indexes[b]], 0, flat, b * width, width);
            }
            long[] shape = new long[sampleShapes.get(a).length + 1];
            shape[0] = indexes.length;
            System.arraycopy(sampleShapes.get(a), 0, shape, 1, shape.length - 1);
            batch.add(manager.create(flat, new Shape(shape)));
        }
        return batch;
    }

    /** SHA-256 (hex) of the array names, shapes and float bits, the data fingerprint of {@code training.json}. */
    public String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        for (int a = 0; a < arrays.size(); a++) {
            digest.update(names.get(a).getBytes(StandardCharsets.UTF_8));
            ByteBuffer header = ByteBuffer.allocate(8 * (sampleShapes.get(a).length + 1));
            header.putLong(arrays.get(a).length);
            Arrays.stream(sampleShapes.get(a)).forEach(header::putLong);
            digest.update(header.array());
            for (float[] row : arrays.get(a)) {
                ByteBuffer bytes = ByteBuffer.allocate(4 * row.length);
                bytes.asFloatBuffer().put(row);
                digest.update(bytes.array());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
