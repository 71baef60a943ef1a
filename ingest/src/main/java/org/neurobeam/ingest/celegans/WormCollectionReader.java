package org.neurobeam.ingest.celegans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Streams the rows of a collection Parquet file (one row per worm × neuron; notes connectome.md §E.3) one record
 * at a time with Parquet-MR ({@link NeuronMaterializer}). Parquet-MR buffers one row group's pages of the
 * projected columns, so memory follows the file's row-group size, not its length. Only the columns needed are
 * decoded: the key, {@code neuron}, {@code slot}, the
 * labelled flag, {@code max_timesteps}, {@code time_in_seconds} and the configured signal; the other columns
 * (original traces, methods, ...) may be present or not, since builds differ. The labelled flag is
 * {@code is_labeled_neuron}, else the negation of the older {@code is_unlabeled_neuron}, else (neither column)
 * "the neuron is not a numeric id", which is how the preprocessing names unlabelled neurons (§E.2 step 7).
 * Opened for one worm, a filter on {@code source_dataset} and {@code worm} skips row groups by their statistics
 * and records by value, so one worm is read without the rest of the file. Rows come back as stored;
 * {@link NeuronChecks} and {@link LabelSlots} validate them, {@link #readWorm} does all of it for one worm.
 */
public final class WormCollectionReader implements AutoCloseable {

    static final String SOURCE_DATASET = "source_dataset";
    static final String WORM = "worm";
    static final String NEURON = "neuron";
    static final String SLOT = "slot";
    static final String MAX_TIMESTEPS = "max_timesteps";
    static final String TIME = "time_in_seconds";
    static final String LABELED = "is_labeled_neuron";
    static final String UNLABELED = "is_unlabeled_neuron";

    private final Path file;
    private final String signal;
    private final String labelColumn;
    private final ParquetReader<NeuronRecord> reader;
    private final CollectionConfig config;
    private final LabelSlots slots = new LabelSlots();
    private long row;

    private WormCollectionReader(Path file, CollectionConfig config, String labelColumn,
            ParquetReader<NeuronRecord> reader) {
        this.file = file;
        this.config = config;
        this.signal = config.signal();
        this.labelColumn = labelColumn;
        this.reader = reader;
    }

    /** Opens every row of {@code file}. */
    public static WormCollectionReader open(Path file, CollectionConfig config) throws IOException {
        return open(file, config, null);
    }

    /** Opens the rows of worm {@code only} (every row when null). */
    public static WormCollectionReader open(Path file, CollectionConfig config, WormKey only) throws IOException {
        InputFile input = new LocalInputFile(file);
        MessageType schema;
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        try (ParquetFileReader footer = ParquetFileReader.open(input, ParquetReadOptions.builder(conf).build())) {
            schema = footer.getFileMetaData().getSchema();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file, null, "not a readable Parquet file: " + e.getMessage(), e);
        }
        List<String> columns = new ArrayList<>(List.of(SOURCE_DATASET, WORM, NEURON, SLOT, MAX_TIMESTEPS, TIME,
                config.signal()));
        for (String column : columns) {
            Checks.input(schema.containsField(column), file, column, "required column missing; the file has %s",
                    schema.getFields().stream().map(Type::getName).toList());
        }
        for (String list : List.of(TIME, config.signal())) {
            Checks.input(!schema.getType(list).isPrimitive(), file, list, "expected a list column, got %s",
                    schema.getType(list));
        }
        String labelColumn = schema.containsField(LABELED) ? LABELED
                : schema.containsField(UNLABELED) ? UNLABELED : null;
        if (labelColumn != null) {
            columns.add(labelColumn);
        }
        MessageType projection = new MessageType(schema.getName(), columns.stream().map(schema::getType).toList());
        ParquetReader.Builder<NeuronRecord> builder = new RecordReader(input, conf,
                new NeuronReadSupport(projection, config.signal(), labelColumn));
        if (only != null) {
            builder = builder.withFilter(FilterCompat.get(FilterApi.and(
                    FilterApi.eq(FilterApi.binaryColumn(SOURCE_DATASET), Binary.fromString(only.sourceDataset())),
                    FilterApi.eq(FilterApi.binaryColumn(WORM), Binary.fromString(only.worm())))));
        }
        try {
            return new WormCollectionReader(file, config, labelColumn, builder.build());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads worm {@code key} of {@code file}, every row validated ({@link NeuronChecks}, {@link LabelSlots} over
     * the worm's rows) and the worm assembled ({@link WormActivity#of}); holds only that worm's rows.
     */
    public static WormActivity readWorm(Path file, WormKey key, CollectionConfig config) throws IOException {
        List<NeuronActivity> rows = new ArrayList<>();
        try (WormCollectionReader reader = open(file, config, key)) {
            for (NeuronActivity n = reader.next(); n != null; n = reader.next()) {
                reader.check(n);
                rows.add(n);
            }
        }
        Checks.input(!rows.isEmpty(), file, WORM, "no rows of worm %s", key);
        return WormActivity.of(file, key, rows);
    }

    /**
     * The row checks every consumer of the collection applies to a row this reader returned: {@link NeuronChecks}
     * on the row alone and the {@link LabelSlots} rule across every row checked so far (the whole file, or the one
     * worm a filtered reader returns).
     */
    public void check(NeuronActivity neuron) throws InvalidInputException {
        NeuronChecks.check(file, neuron, config);
        slots.check(file, neuron);
    }

    public Path file() {
        return file;
    }

    /** The next row as stored, or {@code null} at the end; fails on a null key, name, slot or array. */
    public NeuronActivity next() throws InvalidInputException {
        NeuronRecord r;
        try {
            r = reader.read();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file, null, "row " + row + ": cannot decode: " + e.getMessage(), e);
        }
        if (r == null) {
            return null;
        }
        row++;
        String neuron = required(r.neuron, NEURON);
        long slot = required(r.slot, SLOT);
        long steps = required(r.maxTimesteps, MAX_TIMESTEPS);
        Checks.input(steps >= 0 && steps <= Integer.MAX_VALUE, file, MAX_TIMESTEPS, "row %d: %d out of range", row,
                steps);
        boolean labelled = labelColumn == null ? !neuron.chars().allMatch(Character::isDigit)
                : labelColumn.equals(LABELED) == required(r.labelFlag, labelColumn);
        int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(slot, Integer.MAX_VALUE));
        return new NeuronActivity(new WormKey(required(r.sourceDataset, SOURCE_DATASET), required(r.worm, WORM)),
                neuron, clamped, labelled, (int) steps, required(r.signal, signal), required(r.time, TIME));
    }

    private <T> T required(T value, String field) throws InvalidInputException {
        Checks.input(value != null, file, field, "row %d: null", row);
        return value;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class RecordReader extends ParquetReader.Builder<NeuronRecord> {
        private final NeuronReadSupport support;

        RecordReader(InputFile file, PlainParquetConfiguration conf, NeuronReadSupport support) {
            super(file, conf);
            this.support = support;
        }

        @Override
        protected ReadSupport<NeuronRecord> getReadSupport() {
            return support;
        }
    }
}
