package org.neurobeam.ingest.celegans;

import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Builds {@link NeuronRecord}s straight from Parquet-MR's column events, list values into {@code float[]}
 * without an object per element (the example {@code Group} model allocates one per element, which made reading
 * the collection several times slower). Strings, integers stored as INT32 or INT64 and booleans are the scalar
 * columns; a list column (a group: {@link WormCollectionReader} refuses others) may be in the standard
 * three-level form ({@code LIST} group → repeated group → element; Parquet format spec, LogicalTypes "Lists") or
 * the legacy two-level one (repeated primitive inside the group), with FLOAT, DOUBLE or integer elements; a null
 * element reads as NaN.
 */
final class NeuronMaterializer extends RecordMaterializer<NeuronRecord> {

    private final Root root;

    NeuronMaterializer(MessageType schema, String signal, String labelColumn) {
        this.root = new Root(schema, signal, labelColumn);
    }

    @Override
    public NeuronRecord getCurrentRecord() {
        return root.record;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    private static final class Root extends GroupConverter {
        private final Converter[] fields;
        private NeuronRecord record = new NeuronRecord();

        Root(MessageType schema, String signal, String labelColumn) {
            fields = new Converter[schema.getFieldCount()];
            for (int i = 0; i < fields.length; i++) {
                Type type = schema.getType(i);
                String name = type.getName();
                if (name.equals(signal) || name.equals(WormCollectionReader.TIME)) {
                    boolean isSignal = name.equals(signal);
                    Consumer<float[]> sink = v -> {
                        if (isSignal) {
                            record.signal = v;
                        } else {
                            record.time = v;
                        }
                    };
                    fields[i] = new FloatList(type.asGroupType(), sink);
                } else if (name.equals(labelColumn)) {
                    fields[i] = new Scalar(v -> record.labelFlag = (Boolean) v);
                } else if (name.equals(WormCollectionReader.SLOT)) {
                    fields[i] = new Scalar(v -> record.slot = ((Number) v).longValue());
                } else if (name.equals(WormCollectionReader.MAX_TIMESTEPS)) {
                    fields[i] = new Scalar(v -> record.maxTimesteps = ((Number) v).longValue());
                } else if (name.equals(WormCollectionReader.SOURCE_DATASET)) {
                    fields[i] = new Scalar(v -> record.sourceDataset = (String) v);
                } else if (name.equals(WormCollectionReader.WORM)) {
                    fields[i] = new Scalar(v -> record.worm = (String) v);
                } else {
                    fields[i] = new Scalar(v -> record.neuron = (String) v);
                }
            }
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fields[fieldIndex];
        }

        @Override
        public void start() {
            record = new NeuronRecord();
        }

        @Override
        public void end() {
        }
    }

    /** A scalar column: strings, booleans, INT32 and INT64 as boxed values. */
    private static final class Scalar extends PrimitiveConverter {
        private final Consumer<Object> sink;

        Scalar(Consumer<Object> sink) {
            this.sink = sink;
        }

        @Override
        public void addBinary(Binary value) {
            sink.accept(value.toStringUsingUTF8());
        }

        @Override
        public void addBoolean(boolean value) {
            sink.accept(value);
        }

        @Override
        public void addInt(int value) {
            sink.accept((long) value);
        }

        @Override
        public void addLong(long value) {
            sink.accept(value);
        }
    }

    /** A LIST group: collects its elements into one {@code float[]}, handed over at the group's end. */
    private static final class FloatList extends GroupConverter {
        private final Consumer<float[]> sink;
        private final Converter repeated;
        private final Elements elements;

        FloatList(GroupType list, Consumer<float[]> sink) {
            this.sink = sink;
            this.elements = new Elements();
            Type child = list.getType(0);
            this.repeated = child.isPrimitive() ? elements : new Element(elements);
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return repeated;
        }

        @Override
        public void start() {
            elements.size = 0;
        }

        @Override
        public void end() {
            sink.accept(elements.take());
        }
    }

    /** The repeated group of a three-level list: one element, NaN when the element is null. */
    private static final class Element extends GroupConverter {
        private final Elements elements;
        private int before;

        Element(Elements elements) {
            this.elements = elements;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return elements;
        }

        @Override
        public void start() {
            before = elements.size;
        }

        @Override
        public void end() {
            if (elements.size == before) {
                elements.addFloat(Float.NaN);
            }
        }
    }

    /** A growable buffer of one list's elements as floats. */
    private static final class Elements extends PrimitiveConverter {
        private float[] values = new float[256];
        private int size;

        float[] take() {
            return Arrays.copyOf(values, size);
        }

        @Override
        public void addFloat(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        @Override
        public void addDouble(double value) {
            addFloat((float) value);
        }

        @Override
        public void addInt(int value) {
            addFloat(value);
        }

        @Override
        public void addLong(long value) {
            addFloat(value);
        }
    }
}
