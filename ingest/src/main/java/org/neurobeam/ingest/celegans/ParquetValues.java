package org.neurobeam.ingest.celegans;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Values of a Parquet-MR example {@link Group} whatever physical type a writer chose: integers stored as INT32
 * or INT64, floats as FLOAT or DOUBLE, lists in the standard three-level form ({@code LIST} group → repeated
 * group → element; Parquet format spec, LogicalTypes "Lists") or the legacy two-level one (repeated
 * primitive). A null scalar reads as {@code null}, a null list element as NaN.
 */
final class ParquetValues {

    private ParquetValues() {
    }

    static boolean present(Group row, String field) {
        return row.getType().containsField(field) && row.getFieldRepetitionCount(field) > 0;
    }

    static String string(Group row, String field) {
        return present(row, field) ? row.getString(field, 0) : null;
    }

    static Long integer(Group row, String field) {
        if (!present(row, field)) {
            return null;
        }
        int index = row.getType().getFieldIndex(field);
        return (long) number(row, index, 0);
    }

    static Boolean bool(Group row, String field) {
        return present(row, field) ? row.getBoolean(field, 0) : null;
    }

    /** The list in {@code field} as floats, or {@code null} when the value is null. */
    static float[] floats(Group row, String field) {
        if (!present(row, field)) {
            return null;
        }
        Type type = row.getType().getType(field);
        if (type.isPrimitive()) {
            int index = row.getType().getFieldIndex(field);
            float[] out = new float[row.getFieldRepetitionCount(index)];
            for (int k = 0; k < out.length; k++) {
                out[k] = (float) number(row, index, k);
            }
            return out;
        }
        Group list = row.getGroup(field, 0);
        float[] out = new float[list.getFieldRepetitionCount(0)];
        boolean flat = list.getType().getType(0).isPrimitive();
        for (int k = 0; k < out.length; k++) {
            if (flat) {
                out[k] = (float) number(list, 0, k);
            } else {
                Group element = list.getGroup(0, k);
                out[k] = element.getFieldRepetitionCount(0) == 0 ? Float.NaN : (float) number(element, 0, 0);
            }
        }
        return out;
    }

    private static double number(Group g, int field, int index) {
        PrimitiveType type = g.getType().getType(field).asPrimitiveType();
        return switch (type.getPrimitiveTypeName()) {
            case INT32 -> g.getInteger(field, index);
            case INT64 -> g.getLong(field, index);
            case FLOAT -> g.getFloat(field, index);
            case DOUBLE -> g.getDouble(field, index);
            default -> throw new IllegalArgumentException(g.getType().getFieldName(field) + ": expected a number, "
                    + "stored as " + type.getPrimitiveTypeName());
        };
    }
}
