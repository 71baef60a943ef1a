package org.neurobeam.pipelines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.neurobeam.pipelines.parquet.ParquetGroups;

/**
 * Reads a table back with Parquet-MR's own example reader ({@link GroupReadSupport}), independent of
 * our sink, into plain Java values: lists for LIST columns, maps for MAP columns, null for absent values.
 */
public final class ParquetTableReader {

    private ParquetTableReader() {
    }

    /** All rows of all {@code .parquet} files in a table folder. */
    public static List<Map<String, Object>> read(Path tableDir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(tableDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .parquet file in " + tableDir);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Group group : ParquetGroups.read(tableDir, g -> true)) {
            rows.add(toMap(group));
        }
        return rows;
    }

    private static Map<String, Object> toMap(Group group) {
        Map<String, Object> row = new LinkedHashMap<>();
        GroupType type = group.getType();
        for (int i = 0; i < type.getFieldCount(); i++) {
            row.put(type.getFieldName(i), group.getFieldRepetitionCount(i) == 0 ? null : value(group, i, 0));
        }
        return row;
    }

    private static Object value(Group group, int field, int index) {
        Type type = group.getType().getType(field);
        if (type.isPrimitive()) {
            return primitive(group, field, index, type.asPrimitiveType());
        }
        Group nested = group.getGroup(field, index);
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
            List<Object> list = new ArrayList<>();
            for (int k = 0; k < nested.getFieldRepetitionCount(0); k++) {
                Group element = nested.getGroup(0, k);
                list.add(element.getFieldRepetitionCount(0) == 0 ? null : value(element, 0, 0));
            }
            return list;
        }
        if (logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int k = 0; k < nested.getFieldRepetitionCount(0); k++) {
                Group entry = nested.getGroup(0, k);
                map.put(value(entry, 0, 0), entry.getFieldRepetitionCount(1) == 0 ? null : value(entry, 1, 0));
            }
            return map;
        }
        return toMap(nested);
    }

    private static Object primitive(Group group, int field, int index, PrimitiveType type) {
        switch (type.getPrimitiveTypeName()) {
            case INT32:
                return group.getInteger(field, index);
            case INT64:
                return group.getLong(field, index);
            case DOUBLE:
                return group.getDouble(field, index);
            case FLOAT:
                return group.getFloat(field, index);
            case BOOLEAN:
                return group.getBoolean(field, index);
            case BINARY:
                return group.getString(field, index);
            default:
                throw new IllegalStateException("unexpected column type " + type);
        }
    }
}
