package org.neurobeam.encoders.weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;

/** A float tensor on the Java heap: its shape and its values in C order. */
public record HostTensor(long[] shape, float[] values) {

    public HostTensor {
        long size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        Checks.argument(size == values.length, "values", "%d values for shape %s", values.length, text(shape));
        shape = shape.clone();
    }

    /** A copy of {@code array} (any numeric type, any device). */
    public static HostTensor of(NDArray array) {
        return new HostTensor(array.getShape().getShape(), array.toFloatArray());
    }

    /** This tensor as a float32 NDArray of {@code manager}. */
    public NDArray toArray(NDManager manager) {
        return manager.create(values, new Shape(shape));
    }

    /** The shape as numpy prints it, e.g. {@code (8, 4)}. */
    public String shapeText() {
        return text(shape);
    }

    static String text(long[] shape) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return text.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
