package org.neurobeam.ingest.npy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Unpickles the Python objects numpy stores in object arrays ({@code np.save(..., allow_pickle=True)}
 * pickles the whole array, NEP-1 "object arrays") with razorvine's {@link Unpickler}, registering the
 * three numpy globals such pickles name: {@code multiarray._reconstruct} (see {@link PickledArray}),
 * {@code numpy.dtype} (see {@link PickledDtype}) and {@code multiarray.scalar} (numpy scalars, e.g.
 * {@code np.float64} values in suite2p's ops), under both the numpy 1 ({@code numpy.core}) and numpy 2
 * ({@code numpy._core}) module names. Values come out as razorvine maps them (dict → Map, list → List,
 * tuple → Object[], int → Integer/Long/BigInteger, float → Double, str → String, bytes → byte[]), with
 * numeric arrays as {@link NpyArray} and numpy scalars as Long, Double or Boolean.
 */
public final class NumpyPickle {

    static {
        for (String module : new String[] {"numpy.core.multiarray", "numpy._core.multiarray"}) {
            Unpickler.registerConstructor(module, "_reconstruct", args -> new PickledArray());
            Unpickler.registerConstructor(module, "scalar", NumpyPickle::scalar);
        }
        Unpickler.registerConstructor("numpy", "dtype", args -> new PickledDtype((String) args[0]));
    }

    private NumpyPickle() {
    }

    /** Unpickles one object from {@code in} and resolves numpy values in it; errors name {@code file}. */
    public static Object load(InputStream in, Path file) throws IOException {
        Object value;
        try {
            value = new Unpickler().load(in);
        } catch (PickleException | ClassCastException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidInputException(file, "data", "cannot unpickle: " + e.getMessage(), e);
        }
        return resolve(value, file);
    }

    /** {@code value} with every pickled numpy array, dtype and container resolved to plain Java values. */
    static Object resolve(Object value, Path file) throws InvalidInputException {
        if (value instanceof PickledArray array) {
            return array.resolvedElements(file);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(e.getKey(), resolve(e.getValue(), file));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(resolve(item, file));
            }
            return out;
        }
        if (value instanceof Object[] tuple) {
            Object[] out = new Object[tuple.length];
            for (int i = 0; i < tuple.length; i++) {
                out[i] = resolve(tuple[i], file);
            }
            return out;
        }
        if (value instanceof PickledDtype dtype) {
            return dtype.resolve(file);
        }
        return value;
    }

    /** {@code multiarray.scalar(dtype, bytes)}: one element of {@code dtype} from its bytes. */
    private static Object scalar(Object[] args) {
        if (args.length != 2 || !(args[0] instanceof PickledDtype pickled) || !(args[1] instanceof byte[] bytes)) {
            throw new PickleException("numpy scalar: expected (dtype, bytes)");
        }
        NpyDtype dtype;
        try {
            dtype = pickled.resolve(null);
        } catch (InvalidInputException e) {
            throw new PickleException("numpy scalar: " + e.getMessage());
        }
        NpyType type = dtype.type();
        if (!type.isNumeric() || bytes.length != type.size()) {
            throw new PickleException("numpy scalar: " + dtype.descr() + " from " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(dtype.order());
        if (type == NpyType.BOOL) {
            return bytes[0] != 0;
        }
        return type.isFloat() ? (Object) type.decode(buffer, 0) : (Object) type.decodeLong(buffer, 0);
    }
}
