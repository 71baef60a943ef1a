package org.neurobeam.pipelines.states;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.pipelines.dynamic.DerivedJob;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.StateFitTable;
import org.neurobeam.pipelines.tables.StateGlmWeightsTable;
import org.neurobeam.pipelines.tables.StatePathsTable;
import org.neurobeam.pipelines.tables.StatePosteriorsTable;
import org.neurobeam.pipelines.tables.StateTransitionsTable;

/** The tables of {@code neurobeam states}, each with its DoFn output tag, and the provenance-part tag. */
final class StatesOutput {

    /** Every table the command writes, in order; all are written, empty ones with their schema. */
    static final Map<String, Schema> TABLES = tables();
    /** The output of each table. */
    static final Map<String, TupleTag<Row>> TAGS = DerivedJob.tags(TABLES);
    /** One JSON object per fit: units left out of it. */
    static final TupleTag<String> PROVENANCE = new TupleTag<>("provenance") {
    };

    private StatesOutput() {
    }

    private static Map<String, Schema> tables() {
        Map<String, Schema> tables = new LinkedHashMap<>();
        tables.put(StatePosteriorsTable.NAME, StatePosteriorsTable.SCHEMA);
        tables.put(StatePathsTable.NAME, StatePathsTable.SCHEMA);
        tables.put(StateGlmWeightsTable.NAME, StateGlmWeightsTable.SCHEMA);
        tables.put(StateTransitionsTable.NAME, StateTransitionsTable.SCHEMA);
        tables.put(StateFitTable.NAME, StateFitTable.SCHEMA);
        tables.put(FailuresTable.NAME, FailuresTable.SCHEMA);
        return Collections.unmodifiableMap(tables);
    }
}
