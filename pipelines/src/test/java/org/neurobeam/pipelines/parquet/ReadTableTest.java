package org.neurobeam.pipelines.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadTableTest {

    /** Every column type of {@link ParquetRowSinkTest}, and a float. */
    private static final Schema SCHEMA = Schema.builder().addFields(ParquetRowSinkTest.SCHEMA.getFields())
            .addFloatField("single").build();

    /** Rows seen by {@link Collect}, per test (the DirectRunner runs in this JVM). */
    private static final Queue<Row> SEEN = new ConcurrentLinkedQueue<>();

    @Test
    void rowsWrittenAsATableReadBackEqualEveryColumnType(@TempDir Path out) {
        Row full = Row.withSchema(SCHEMA).addValues("a", "ünïcode ✓", 7, 1L << 40, -0.5, true, List.of(1, 2, 3),
                List.of(1.5, Double.NaN), Map.of("sex", "F", "age", "31"), 2.5f).build();
        Row sparse = Row.withSchema(SCHEMA).addValues("b", null, -1, 0L, null, false, List.of(), null, Map.of(), -0f)
                .build();
        write(out, SCHEMA, List.of(full, sparse));

        List<Row> read = read(out, SCHEMA);
        assertEquals(List.of(full, sparse), read);
    }

    @Test
    void aNullableColumnTheFileLacksReadsAsNullAndARequiredOneIsAnErrorNamingIt(@TempDir Path out) {
        Schema older = Schema.builder().addStringField("name").addInt32Field("count").build();
        write(out, older, List.of(Row.withSchema(older).addValues("x", 3).build()));

        Schema newer = Schema.builder().addStringField("name").addInt32Field("count")
                .addNullableField("note", FieldType.STRING).build();
        assertEquals(List.of(Row.withSchema(newer).addValues("x", 3, null).build()), read(out, newer));

        Schema needsMore = Schema.builder().addStringField("name").addDoubleField("weight").build();
        RuntimeException e = assertThrows(RuntimeException.class, () -> read(out, needsMore));
        String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
        assertTrue(message.contains("weight") && message.contains("things-00000-of-00001.parquet"), message);
    }

    @Test
    void aMissingTableFolderReadsAsNoRows(@TempDir Path out) {
        assertEquals(List.of(), read(out, SCHEMA));
    }

    private static void write(Path out, Schema schema, List<Row> rows) {
        Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
        ParquetTables.write(pipeline.apply(Create.of(rows).withRowSchema(schema)), "things", schema, out.toString(), 1);
        pipeline.run().waitUntilFinish();
    }

    private static List<Row> read(Path out, Schema schema) {
        SEEN.clear();
        Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
        pipeline.apply(ReadTable.of(out, "things", schema)).apply(ParDo.of(new Collect()));
        pipeline.run().waitUntilFinish();
        List<Row> rows = new ArrayList<>(SEEN);
        rows.sort(Comparator.comparing(r -> r.getString("name")));
        return rows;
    }

    private static final class Collect extends DoFn<Row, Void> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element Row row) {
            SEEN.add(row);
        }
    }
}
