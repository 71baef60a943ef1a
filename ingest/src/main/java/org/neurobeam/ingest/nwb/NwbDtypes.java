package org.neurobeam.ingest.nwb;

import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.OrderedDataType;
import io.jhdf.object.datatype.Reference;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names HDF5 datatypes the way h5py/numpy users see them ({@code str(dataset.dtype)}): {@code float32},
 * {@code int64}, {@code uint32}, {@code bool} (h5py's FALSE/TRUE enum), {@code object} (variable-length
 * strings and object references), {@code |S8} (fixed strings) and compound types as a numpy field list
 * {@code [('x', '<u4'), ('weight', '<f4')]}.
 */
final class NwbDtypes {

    private NwbDtypes() {
    }

    static String name(DataType type) {
        if (type instanceof FloatingPoint) {
            return "float" + 8 * type.getSize();
        }
        if (type instanceof FixedPoint fixed) {
            return (fixed.isSigned() ? "int" : "uint") + 8 * type.getSize();
        }
        if (type instanceof EnumDataType e && isBool(e.getEnumMapping())) {
            return "bool";
        }
        if (type instanceof VariableLength || type instanceof Reference) {
            return "object";
        }
        if (type instanceof StringData) {
            return "|S" + type.getSize();
        }
        if (type instanceof CompoundDataType compound) {
            return compound.getMembers().stream()
                    .map(m -> "('" + m.getName() + "', '" + descr(m.getDataType()) + "')")
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return type.getClass().getSimpleName();
    }

    /** numpy's {@code descr} of a scalar member type: {@code <u4}, {@code >f8}. */
    private static String descr(DataType type) {
        String order = type.getSize() == 1 ? "|" : type instanceof OrderedDataType o
                && o.getByteOrder() == ByteOrder.BIG_ENDIAN ? ">" : "<";
        if (type instanceof FloatingPoint) {
            return order + "f" + type.getSize();
        }
        if (type instanceof FixedPoint fixed) {
            return order + (fixed.isSigned() ? "i" : "u") + type.getSize();
        }
        return name(type);
    }

    private static boolean isBool(Map<Integer, String> mapping) {
        return mapping.size() == 2 && "FALSE".equals(mapping.get(0)) && "TRUE".equals(mapping.get(1));
    }
}
