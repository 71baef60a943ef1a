package org.neurobeam.ingest.nwb;

import io.jhdf.api.Attribute;
import io.jhdf.object.datatype.Reference;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts what jhdf returns ({@code getData()}: boxed scalars, primitive arrays of any rank, String
 * arrays, Long addresses for references) into the shapes the NWB readers use.
 */
final class HdfValues {

    private HdfValues() {
    }

    /** A 1-d numeric (or boolean) array as doubles. */
    static double[] doubles(Object data) {
        if (data instanceof double[] d) {
            return d;
        }
        if (data instanceof float[] f) {
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = f[i];
            }
            return out;
        }
        int n = Array.getLength(data);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = number(Array.get(data, i));
        }
        return out;
    }

    /** A 1-d integer array as longs. */
    static long[] longs(Object data) {
        if (data instanceof long[] l) {
            return l;
        }
        int n = Array.getLength(data);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = (long) number(Array.get(data, i));
        }
        return out;
    }

    /** A 2-d numeric array as rows of doubles; a 1-d array as one column. */
    static double[][] matrix(Object data) {
        int n = Array.getLength(data);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            Object row = Array.get(data, i);
            out[i] = row.getClass().isArray() ? doubles(row) : new double[] {number(row)};
        }
        return out;
    }

    /** A boxed number or boolean as a double. */
    static double number(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).doubleValue();
    }

    /**
     * An attribute as a plain value: String or boxed number for scalars, List for arrays, and object
     * references as {@code "object reference -> /path"}.
     */
    static Object attribute(Attribute attribute, AddressIndex addresses) {
        Object data = attribute.getData();
        boolean reference = attribute.getDataType() instanceof Reference;
        return plain(data, reference, addresses);
    }

    private static Object plain(Object data, boolean reference, AddressIndex addresses) {
        if (data == null) {
            return null;
        }
        if (data.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(data); i++) {
                list.add(plain(Array.get(data, i), reference, addresses));
            }
            return list;
        }
        if (reference && data instanceof Long address) {
            String path = addresses.path(address);
            return "object reference -> " + (path == null ? "unresolved address " + address : path);
        }
        return data;
    }
}
