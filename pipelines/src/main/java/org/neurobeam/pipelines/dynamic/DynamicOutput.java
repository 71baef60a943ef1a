package org.neurobeam.pipelines.dynamic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.pipelines.tables.BrainStatesTable;
import org.neurobeam.pipelines.tables.CommunitiesTable;
import org.neurobeam.pipelines.tables.DfcWindowsTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.GraphMetricsTable;
import org.neurobeam.pipelines.tables.NtfFactorsTable;

/** The rows, failures and provenance that {@code neurobeam dynamic} collects before writing them. */
final class DynamicOutput {

    /** Every table the command writes, in order; all are written, empty ones with their schema. */
    static final Map<String, Schema> TABLES = tables();

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

    int count(String table) {
        return rows.get(table).size();
    }

    ObjectNode provenance() {
        return provenance;
    }

    /** Writes every table and {@code provenance.json} into {@code output}. */
    void write(Path output) throws IOException {
        for (Map.Entry<String, Schema> table : TABLES.entrySet()) {
            TableFiles.write(output, table.getKey(), table.getValue(), rows.get(table.getKey()));
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValue(output.resolve("provenance.json").toFile(), provenance);
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
