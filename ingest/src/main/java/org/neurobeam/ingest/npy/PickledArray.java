package org.neurobeam.ingest.npy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A {@code numpy.ndarray} as pickled (numpy {@code array_reduce}): created empty by
 * {@code numpy.core.multiarray._reconstruct(ndarray, (0,), b'b')}, then filled by {@code __setstate__}
 * with {@code (version, shape, dtype, is_fortran, rawdata)} (the 4-tuple without version from old numpy
 * is accepted too), where rawdata is the element bytes for numeric dtypes (in Fortran order when
 * is_fortran) and a list of the elements for object dtypes (always in C order: numpy builds it with a
 * C-order iterator). Public for razorvine's reflective {@code BUILD}; {@link #resolvedElements} turns it into
 * plain Java values.
 */
public final class PickledArray {

    private long[] shape = new long[0];
    private PickledDtype dtype;
    private boolean fortran;
    private Object raw;

    PickledArray() {
    }

    /** Receives the array state (pickle {@code BUILD}); called by the unpickler. */
    public void __setstate__(Object[] state) {
        int at = state.length == 5 ? 1 : 0;
        Object[] dims = (Object[]) state[at];
        shape = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = ((Number) dims[i]).longValue();
        }
        dtype = (PickledDtype) state[at + 1];
        fortran = Boolean.TRUE.equals(state[at + 2]);
        raw = state[at + 3];
    }

    /**
     * The array's content: a numeric array as an {@link NpyArray} (C order); an object array as its only
     * element when 0-d, else a {@code List<Object>} of its elements in C order; nested arrays, dicts and
     * lists resolved the same way.
     */
    Object resolvedElements(Path file) throws InvalidInputException {
        if (dtype == null) {
            throw new InvalidInputException(file, "data", "pickled ndarray without state");
        }
        NpyDtype type = dtype.resolve(file);
        long count = 1;
        for (long d : shape) {
            count = Math.multiplyExact(count, d);
        }
        if (type.type().isNumeric()) {
            if (!(raw instanceof byte[] bytes) || bytes.length != count * type.type().size()) {
                throw new InvalidInputException(file, "data", String.format(
                        "pickled %s array of shape %s expects %d bytes of data, got %s", type.descr(),
                        NpyHeader.shapeText(shape), count * type.type().size(),
                        raw instanceof byte[] b ? b.length + " bytes" : String.valueOf(raw)));
            }
            ByteBuffer data = ByteBuffer.wrap(bytes).order(type.order());
            return new NpyArray(type, shape, fortran ? FortranOrder.toC(data, shape, type.type().size()) : data);
        }
        if (!(raw instanceof List<?> items) || items.size() != count) {
            throw new InvalidInputException(file, "data", String.format(
                    "pickled object array of shape %s expects a list of %d elements", NpyHeader.shapeText(shape),
                    count));
        }
        List<Object> elements = new ArrayList<>(items.size());
        for (Object item : items) {
            elements.add(NumpyPickle.resolve(item, file));
        }
        return shape.length == 0 ? elements.get(0) : elements;
    }
}
