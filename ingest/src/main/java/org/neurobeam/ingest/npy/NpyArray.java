package org.neurobeam.ingest.npy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;

/**
 * A numeric n-d array held in memory: dtype, shape and the element bytes in C order (last index
 * fastest) and the dtype's byte order. Elements are addressed by their flat C-order index.
 */
public final class NpyArray {

    /** Largest byte count one array holds. */
    static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private final NpyDtype dtype;
    private final long[] shape;
    private final ByteBuffer data;
    private final int size;

    NpyArray(NpyDtype dtype, long[] shape, ByteBuffer data) {
        this.dtype = dtype;
        this.shape = shape.clone();
        this.data = data.order(dtype.order());
        this.size = data.capacity() / dtype.type().size();
    }

    /** An array of {@code shape} holding {@code values} (C order) cast to {@code dtype}. */
    public static NpyArray ofDoubles(NpyDtype dtype, long[] shape, double[] values) {
        NpyArray array = allocate(dtype, shape, values.length);
        int item = dtype.type().size();
        for (int i = 0; i < values.length; i++) {
            dtype.type().encode(array.data, i * item, values[i]);
        }
        return array;
    }

    /** An array of {@code shape} holding the integers {@code values} (C order) in {@code dtype}. */
    public static NpyArray ofLongs(NpyDtype dtype, long[] shape, long[] values) {
        NpyArray array = allocate(dtype, shape, values.length);
        int item = dtype.type().size();
        for (int i = 0; i < values.length; i++) {
            dtype.type().encodeLong(array.data, i * item, values[i]);
        }
        return array;
    }

    private static NpyArray allocate(NpyDtype dtype, long[] shape, int count) {
        Checks.argument(dtype.type().isNumeric(), "dtype", "object arrays are pickled; expected a numeric dtype");
        long expected = 1;
        for (long d : shape) {
            Checks.argument(d >= 0, "shape", "negative dimension in %s", Arrays.toString(shape));
            expected = Math.multiplyExact(expected, d);
        }
        Checks.argument(expected == count, "values", "shape %s holds %d elements, got %d values",
                NpyHeader.shapeText(shape), expected, count);
        Checks.argument((long) count * dtype.type().size() <= MAX_BYTES, "shape", "%s is too large for memory",
                NpyHeader.shapeText(shape));
        return new NpyArray(dtype, shape, ByteBuffer.allocate(count * dtype.type().size()));
    }

    public NpyDtype dtype() {
        return dtype;
    }

    public long[] shape() {
        return shape.clone();
    }

    /** Number of elements. */
    public int size() {
        return size;
    }

    /** Element {@code i} (flat C-order index) as the nearest double. */
    public double getDouble(int i) {
        return dtype.type().decode(data, checked(i));
    }

    /** Element {@code i} as an integer ({@code u8} as the same 64 bits; floats truncated). */
    public long getLong(int i) {
        return dtype.type().decodeLong(data, checked(i));
    }

    /** All elements, C order, as doubles. */
    public double[] toDoubles() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = getDouble(i);
        }
        return out;
    }

    /** All elements, C order, as integers. */
    public long[] toLongs() {
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = getLong(i);
        }
        return out;
    }

    /** Row {@code r} of a 2-d array as doubles. */
    public double[] row(int r) {
        Checks.argument(shape.length == 2, "row", "expected a 2-d array, shape is %s", NpyHeader.shapeText(shape));
        Checks.argument(r >= 0 && r < shape[0], "row", "row %d outside 0..%d", r, shape[0] - 1);
        int columns = (int) shape[1];
        double[] out = new double[columns];
        for (int j = 0; j < columns; j++) {
            out[j] = getDouble(r * columns + j);
        }
        return out;
    }

    /** A read-only view of the element bytes, C order, in {@link NpyDtype#order()}. */
    public ByteBuffer bytes() {
        return data.asReadOnlyBuffer().order(dtype.order());
    }

    private int checked(int i) {
        Checks.argument(i >= 0 && i < size, "index", "element %d outside 0..%d", i, size - 1);
        return i * dtype.type().size();
    }

    @Override
    public String toString() {
        return dtype.descr() + " " + NpyHeader.shapeText(shape);
    }
}
