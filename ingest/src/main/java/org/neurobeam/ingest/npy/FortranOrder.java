package org.neurobeam.ingest.npy;

import java.nio.ByteBuffer;

/**
 * Reorders element bytes between Fortran (first index fastest) and C (last index fastest) order, as the
 * {@code fortran_order} header key requires (NEP-1: "whether the array data is Fortran-contiguous").
 */
final class FortranOrder {

    private FortranOrder() {
    }

    /** The C-order copy of {@code fortran}, an array of {@code shape} with {@code item}-byte elements. */
    static ByteBuffer toC(ByteBuffer fortran, long[] shape, int item) {
        return reorder(fortran, reversed(shape), item);
    }

    /** The Fortran-order copy of {@code c}. */
    static ByteBuffer toFortran(ByteBuffer c, long[] shape, int item) {
        return reorder(c, shape, item);
    }

    /**
     * Transposes the element bytes of {@code source}, read as C order of {@code shape}, into C order of the
     * reversed shape: the full reverse of the axes, which is exactly the C &lt;-&gt; Fortran switch.
     */
    private static ByteBuffer reorder(ByteBuffer source, long[] shape, int item) {
        ByteBuffer target = ByteBuffer.allocate(source.capacity()).order(source.order());
        int n = shape.length;
        int count = source.capacity() / item;
        if (n < 2) {
            return target.put(0, source, 0, source.capacity());
        }
        // target strides (in elements) of the source's axes: reversed axes, so axis k has the stride of
        // the product of dims 0..k-1 of the source shape.
        long[] stride = new long[n];
        long s = 1;
        for (int k = 0; k < n; k++) {
            stride[k] = s;
            s *= shape[k];
        }
        long[] index = new long[n];
        long to = 0;
        for (int from = 0; from < count; from++) {
            target.put((int) to * item, source, from * item, item);
            for (int k = n - 1; k >= 0; k--) {
                index[k]++;
                to += stride[k];
                if (index[k] < shape[k]) {
                    break;
                }
                to -= stride[k] * shape[k];
                index[k] = 0;
            }
        }
        return target;
    }

    private static long[] reversed(long[] shape) {
        long[] r = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            r[i] = shape[shape.length - 1 - i];
        }
        return r;
    }
}
