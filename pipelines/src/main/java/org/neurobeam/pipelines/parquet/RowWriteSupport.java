package org.neurobeam.pipelines.parquet;

import java.util.Map;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Streams Beam {@link Row}s into Parquet's record consumer, field by field, without an intermediate
 * object model. Null values are simply not emitted (the column is optional).
 */
final class RowWriteSupport extends WriteSupport<Row> {

    private final Schema schema;
    private final MessageType messageType;
    private RecordConsumer consumer;

    RowWriteSupport(Schema schema, MessageType messageType) {
        this.schema = schema;
        this.messageType = messageType;
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(messageType, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(messageType, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Row row) {
        consumer.startMessage();
        for (int i = 0; i < schema.getFieldCount(); i++) {
            Schema.Field field = schema.getField(i);
            writeField(field.getName(), i, field.getType(), row.getValue(i));
        }
        consumer.endMessage();
    }

    private void writeField(String name, int index, Schema.FieldType type, Object value) {
        if (value == null) {
            return;
        }
        consumer.startField(name, index);
        writeValue(type, value);
        consumer.endField(name, index);
    }

    private void writeValue(Schema.FieldType type, Object value) {
        switch (type.getTypeName()) {
            case ARRAY:
            case ITERABLE:
                writeList(type.getCollectionElementType(), (Iterable<?>) value);
                break;
            case MAP:
                writeMap(type, (Map<?, ?>) value);
                break;
            case STRING:
                consumer.addBinary(Binary.fromString((String) value));
                break;
            case INT32:
                consumer.addInteger((Integer) value);
                break;
            case INT64:
                consumer.addLong((Long) value);
                break;
            case DOUBLE:
                consumer.addDouble((Double) value);
                break;
            case FLOAT:
                consumer.addFloat((Float) value);
                break;
            case BOOLEAN:
                consumer.addBoolean((Boolean) value);
                break;
            default:
                throw new IllegalStateException("no Parquet mapping for " + type.getTypeName());
        }
    }

    private void writeList(Schema.FieldType elementType, Iterable<?> values) {
        consumer.startGroup();
        if (values.iterator().hasNext()) {
            consumer.startField(ParquetSchemas.LIST_GROUP, 0);
            for (Object element : values) {
                consumer.startGroup();
                writeField(ParquetSchemas.LIST_ELEMENT, 0, elementType, element);
                consumer.endGroup();
            }
            consumer.endField(ParquetSchemas.LIST_GROUP, 0);
        }
        consumer.endGroup();
    }

    private void writeMap(Schema.FieldType mapType, Map<?, ?> entries) {
        consumer.startGroup();
        if (!entries.isEmpty()) {
            consumer.startField(ParquetSchemas.MAP_GROUP, 0);
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                consumer.startGroup();
                writeField(ParquetSchemas.MAP_KEY, 0, mapType.getMapKeyType(), entry.getKey());
                writeField(ParquetSchemas.MAP_VALUE, 1, mapType.getMapValueType(), entry.getValue());
                consumer.endGroup();
            }
            consumer.endField(ParquetSchemas.MAP_GROUP, 0);
        }
        consumer.endGroup();
    }
}
