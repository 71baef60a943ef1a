package org.neurobeam.pipelines.dynamic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn.MultiOutputReceiver;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.pipelines.tables.BrainStatesTable;
import org.neurobeam.pipelines.tables.CommunitiesTable;
import org.neurobeam.pipelines.tables.DfcWindowsTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.GraphMetricsTable;
import org.neurobeam.pipelines.tables.NtfFactorsTable;

/**
 * The rows, failures and provenance that one cohort analysis of {@code neurobeam dynamic} collects inside its
 * DoFn call, then hands to the pipeline's outputs ({@link #emit}).
 */
final class DynamicOutput {

    /** Every table the command writes, in order; all are written, empty ones with their schema. */
    static final Map<String, Schema> TABLES = tables();
    /** The output of each table. */
    static final Map<String, TupleTag<Row>> TAGS = DerivedJob.tags(TABLES);
    /** The output of provenance parts: one JSON object per analysis. */
    static final TupleTag<String> PROVENANCE = new TupleTag<>("provenance") {
    };

    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private final ObjectNode provenance = new ObjectMapper().createObjectNode();

    DynamicOutput() {
        TABLES.keySet().forEach(t -> rows.put(t, new ArrayList<>()));
    }

    void add(String table, Row row) {
        rows.get(table).add(row);
    }

    /** A failures row: {@code subject} is a recording_id or an analysis id. */
    void fail(String subject, String stage, String message) {
        add(FailuresTable.NAME, FailuresTable.row(subject, stage, "InvalidInput", message));
    }

    ObjectNode provenance() {
        return provenance;
    }

    /** Outputs every row to its table's tag and the provenance to {@link #PROVENANCE}. */
    void emit(MultiOutputReceiver out) {
        rows.forEach((table, list) -> list.forEach(row -> out.get(TAGS.get(table)).output(row)));
        out.get(PROVENANCE).output(provenance.toString());
        DynamicPipeline.FAILURES.inc(rows.get(FailuresTable.NAME).size());
    }

    private static Map<String, Schema> tables() {
        Map<String, Schema> tables = new LinkedHashMap<>();
        tables.put(DfcWindowsTable.NAME, DfcWindowsTable.SCHEMA);
        tables.put(BrainStatesTable.NAME, BrainStatesTable.SCHEMA);
        tables.put(NtfFactorsTable.NAME, NtfFactorsTable.SCHEMA);
        tables.put(CommunitiesTable.NAME, CommunitiesTable.SCHEMA);
        tables.put(GraphMetricsTable.NAME, GraphMetricsTable.SCHEMA);
        tables.put(FailuresTable.NAME, FailuresTable.SCHEMA);
        return Collections.unmodifiableMap(tables);
    }
}
