package org.neurobeam.pipelines.parquet;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Maps a Beam {@link Schema} to a Parquet {@link MessageType}. Lists and maps use the standard three-level
 * layouts of the Parquet format spec (LogicalTypes.md: {@code LIST} with {@code list/element}, {@code MAP}
 * with {@code key_value/key,value}), which pandas, DuckDB, Spark and R's arrow read natively.
 */
public final class ParquetSchemas {

    static final String LIST_GROUP = "list";
    static final String LIST_ELEMENT = "element";
    static final String MAP_GROUP = "key_value";
    static final String MAP_KEY = "key";
    static final String MAP_VALUE = "value";

    private ParquetSchemas() {
    }

    /** The Parquet schema of a table whose rows have the Beam schema {@code schema}. */
    public static MessageType toParquet(String tableName, Schema schema) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Schema.Field field : schema.getFields()) {
            message.addField(toParquet(field.getName(), field.getType()));
        }
        return message.named(tableName);
    }

    private static Type toParquet(String name, Schema.FieldType type) {
        Type.Repetition repetition = type.getNullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
        switch (type.getTypeName()) {
            case ARRAY:
            case ITERABLE:
                return Types.buildGroup(repetition).as(LogicalTypeAnnotation.listType())
                        .addField(Types.repeatedGroup()
                                .addField(toParquet(LIST_ELEMENT, type.getCollectionElementType()))
                                .named(LIST_GROUP))
                        .named(name);
            case MAP:
                Schema.FieldType keyType = type.getMapKeyType().withNullable(false);
                return Types.buildGroup(repetition).as(LogicalTypeAnnotation.mapType())
                        .addField(Types.repeatedGroup()
                                .addField(toParquet(MAP_KEY, keyType))
                                .addField(toParquet(MAP_VALUE, type.getMapValueType()))
                                .named(MAP_GROUP))
                        .named(name);
            default:
                return primitive(name, type, repetition);
        }
    }

    private static Type primitive(String name, Schema.FieldType type, Type.Repetition repetition) {
        switch (type.getTypeName()) {
            case STRING:
                return Types.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(name);
            case INT32:
                return Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
            case INT64:
                return Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
            case DOUBLE:
                return Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
            case FLOAT:
                return Types.primitive(PrimitiveTypeName.FLOAT, repetition).named(name);
            case BOOLEAN:
                return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
            default:
                throw new IllegalArgumentException("column " + name + ": Beam type " + type.getTypeName()
                        + " has no Parquet mapping here (use STRING, INT32, INT64, FLOAT, DOUBLE, BOOLEAN,"
                        + " ARRAY or MAP)");
        }
    }
}
