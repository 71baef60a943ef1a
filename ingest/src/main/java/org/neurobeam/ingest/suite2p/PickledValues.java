package org.neurobeam.ingest.suite2p;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.npy.NpyArray;

/**
 * Typed access to the values of an unpickled suite2p dict (see
 * {@link org.neurobeam.ingest.npy.NumpyPickle}): Python numbers and numpy scalars arrive as
 * Integer/Long/Double/Boolean, arrays as {@link NpyArray}, lists as {@code List}. Errors name the file
 * and the key.
 */
final class PickledValues {

    private PickledValues() {
    }

    /** The dict inside an unpickled object, or an error naming {@code file}. */
    static Map<?, ?> dict(Object value, Path file, String what) throws InvalidInputException {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new InvalidInputException(file, what, "expected a dict, got " + typeName(value));
    }

    /** A required number. */
    static double number(Map<?, ?> dict, String key, Path file) throws InvalidInputException {
        Object value = dict.get(key);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new InvalidInputException(file, key, "expected a number, got " + typeName(value));
    }

    /** A number, or {@code otherwise} when the key is absent. */
    static double number(Map<?, ?> dict, String key, double otherwise, Path file) throws InvalidInputException {
        return dict.containsKey(key) ? number(dict, key, file) : otherwise;
    }

    /** A required integer (a float with an integral value is accepted, as suite2p sometimes stores them). */
    static long integer(Map<?, ?> dict, String key, Path file) throws InvalidInputException {
        double value = number(dict, key, file);
        if (value != Math.rint(value)) {
            throw new InvalidInputException(file, key, "expected an integer, got " + value);
        }
        return (long) value;
    }

    /** A string, or {@code otherwise} when the key is absent. */
    static String string(Map<?, ?> dict, String key, String otherwise, Path file) throws InvalidInputException {
        Object value = dict.containsKey(key) ? dict.get(key) : otherwise;
        if (value instanceof String s) {
            return s;
        }
        throw new InvalidInputException(file, key, "expected a string, got " + typeName(value));
    }

    /** A 1-d numeric array or list of numbers as doubles. */
    static double[] doubles(Map<?, ?> dict, String key, Path file) throws InvalidInputException {
        Object value = dict.get(key);
        if (value instanceof NpyArray array && array.shape().length <= 1) {
            return array.toDoubles();
        }
        if (value instanceof List<?> list) {
            double[] out = new double[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw new InvalidInputException(file, key, "expected numbers, got " + typeName(list.get(i)));
                }
                out[i] = n.doubleValue();
            }
            return out;
        }
        throw new InvalidInputException(file, key, "expected a 1-d array of numbers, got " + typeName(value));
    }

    /** A 1-d integer array or list. */
    static int[] ints(Map<?, ?> dict, String key, Path file) throws InvalidInputException {
        double[] values = doubles(dict, key, file);
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
                throw new InvalidInputException(file, key, "expected integers, got " + values[i]);
            }
            out[i] = (int) values[i];
        }
        return out;
    }

    private static String typeName(Object value) {
        return value == null ? "None (or missing)" : value.getClass().getSimpleName();
    }
}
