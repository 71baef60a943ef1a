package org.neurobeam.pipelines.parquet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Turns a Parquet-MR {@link Group} read from one of our tables back into a Beam {@link Row} of the table's
 * schema: the inverse of {@link RowWriteSupport}, columns matched by name, three-level lists and maps as
 * {@link ParquetSchemas} writes them. A nullable column the file lacks reads as null; a required one is an
 * error naming the file and the column.
 */
final class GroupRows {

    private final Schema schema;
    private final Path file;

    GroupRows(Schema schema, Path file) {
        this.schema = schema;
        this.file = file;
    }

    /** Checks that the file holds every required column of the schema. */
    void checkColumns(GroupType fileSchema) throws InvalidInputException {
        for (Schema.Field field : schema.getFields()) {
            if (!field.getType().getNullable() && !fileSchema.containsField(field.getName())) {
                throw new InvalidInputException(file, field.getName(), "the table has no column '"
                        + field.getName() + "' (columns: " + fileSchema.getFields().stream()
                        .map(org.apache.parquet.schema.Type::getName).toList() + ")");
            }
        }
    }

    Row row(Group group) {
        Row.Builder row = Row.withSchema(schema);
        GroupType fileSchema = group.getType();
        for (Schema.Field field : schema.getFields()) {
            String name = field.getName();
            boolean present = fileSchema.containsField(name) && group.getFieldRepetitionCount(name) > 0;
            row.addValue(present ? value(group, fileSchema.getFieldIndex(name), field.getType()) : null);
        }
        return row.build();
    }

    private static Object value(Group group, int index, Schema.FieldType type) {
        switch (type.getTypeName()) {
            case ARRAY:
            case ITERABLE:
                return list(group.getGroup(index, 0), type.getCollectionElementType());
            case MAP:
                return map(group.getGroup(index, 0), type);
            default:
                return primitive(group, index, type);
        }
    }

    private static List<Object> list(Group list, Schema.FieldType elementType) {
        int n = list.getFieldRepetitionCount(0);
        List<Object> values = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Group element = list.getGroup(0, k);
            values.add(element.getFieldRepetitionCount(0) == 0 ? null : value(element, 0, elementType));
        }
        return values;
    }

    private static Map<Object, Object> map(Group map, Schema.FieldType mapType) {
        int n = map.getFieldRepetitionCount(0);
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            Group entry = map.getGroup(0, k);
            Object value = entry.getFieldRepetitionCount(1) == 0 ? null : value(entry, 1, mapType.getMapValueType());
            entries.put(value(entry, 0, mapType.getMapKeyType()), value);
        }
        return entries;
    }

    private static Object primitive(Group group, int index, Schema.FieldType type) {
        switch (type.getTypeName()) {
            case STRING:
                return group.getString(index, 0);
            case INT32:
                return group.getInteger(index, 0);
            case INT64:
                return group.getLong(index, 0);
            case DOUBLE:
                return group.getDouble(index, 0);
            case FLOAT:
                return group.getFloat(index, 0);
            case BOOLEAN:
                return group.getBoolean(index, 0);
            default:
                throw new IllegalStateException("no Parquet mapping for " + type.getTypeName());
        }
    }
}
