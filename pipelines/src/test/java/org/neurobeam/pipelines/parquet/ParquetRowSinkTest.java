package org.neurobeam.pipelines.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.pipelines.ParquetTableReader;

class ParquetRowSinkTest {

    static final Schema SCHEMA = Schema.builder()
            .addStringField("name")
            .addNullableField("note", FieldType.STRING)
            .addInt32Field("count")
            .addInt64Field("big")
            .addNullableField("value", FieldType.DOUBLE)
            .addBooleanField("flag")
            .addArrayField("ints", FieldType.INT32)
            .addNullableField("doubles", FieldType.array(FieldType.DOUBLE))
            .addMapField("tags", FieldType.STRING, FieldType.STRING)
            .build();

    @Test
    void everyColumnTypeReadsBackThroughParquetMrsOwnReader(@TempDir Path out) throws Exception {
        Row full = Row.withSchema(SCHEMA).addValues("a", "ünïcode ✓", 7, 1L << 40, -0.5, true,
                List.of(1, 2, 3), List.of(1.5, Double.NaN), Map.of("sex", "F")).build();
        Row sparse = Row.withSchema(SCHEMA).addValues("b", null, -1, 0L, null, false,
                List.of(), null, Map.of()).build();
        Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
        ParquetTables.write(pipeline.apply(Create.of(full, sparse).withRowSchema(SCHEMA)), "things", SCHEMA,
                out.toString(), 1);
        pipeline.run().waitUntilFinish();

        List<Map<String, Object>> rows = ParquetTableReader.read(out.resolve("things"));
        rows.sort(Comparator.comparing(r -> (String) r.get("name")));
        assertEquals(2, rows.size());
        Map<String, Object> a = rows.get(0);
        assertEquals("ünïcode ✓", a.get("note"));
        assertEquals(7, a.get("count"));
        assertEquals(1L << 40, a.get("big"));
        assertEquals(-0.5, a.get("value"));
        assertEquals(true, a.get("flag"));
        assertEquals(List.of(1, 2, 3), a.get("ints"));
        assertEquals(List.of(1.5, Double.NaN), a.get("doubles"));
        assertEquals(Map.of("sex", "F"), a.get("tags"));
        Map<String, Object> b = rows.get(1);
        assertNull(b.get("note"));
        assertNull(b.get("value"));
        assertNull(b.get("doubles"));
        assertEquals(List.of(), b.get("ints"));
        assertEquals(Map.of(), b.get("tags"));
    }

    @Test
    void anEmptyTableIsStillATableWithItsSchema(@TempDir Path out) throws Exception {
        Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
        ParquetTables.write(pipeline.apply(Create.empty(RowCoder.of(SCHEMA))), "empty", SCHEMA, out.toString(), 1);
        pipeline.run().waitUntilFinish();
        ParquetTables.ensureExists(out, "empty", SCHEMA);
        assertEquals(List.of(), ParquetTableReader.read(out.resolve("empty")));
        assertEquals(ParquetSchemas.toParquet("empty", SCHEMA), ParquetFileReader.open(
                new LocalInputFile(out.resolve("empty/empty-00000-of-00001.parquet"))).getFileMetaData().getSchema());
    }
}
