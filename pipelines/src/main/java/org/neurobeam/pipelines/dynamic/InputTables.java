package org.neurobeam.pipelines.dynamic;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.neurobeam.pipelines.parquet.ParquetGroups;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;
import org.neurobeam.pipelines.tables.TracesTable;

/**
 * Reads the {@code region_timeseries} and {@code traces} tables of a {@code run} output folder
 * ({@link ParquetGroups}) on the driver, which hands the rows to the pipeline ({@link DynamicPipeline}).
 */
final class InputTables {

    /** One region signal of one recording. */
    record RegionSignal(String recordingId, int region, double tr, double[] values) implements Serializable {
    }

    /** One unit's trace in one recording; {@code label} may be null or empty. */
    record Trace(String recordingId, int unit, String label, double rate, double[] values)
            implements Serializable {
    }

    private InputTables() {
    }

    /** All region signals; empty when the table folder does not exist. */
    static List<RegionSignal> regionSignals(Path input) throws IOException {
        List<RegionSignal> out = new ArrayList<>();
        for (Group g : ParquetGroups.read(input.resolve(RegionTimeseriesTable.NAME), g -> true)) {
            out.add(new RegionSignal(g.getString("recording_id", 0), g.getInteger("region", 0),
                    g.getDouble("tr", 0), ParquetGroups.doubles(g, "values")));
        }
        return out;
    }

    /** The traces of {@code kind}; empty when the table folder does not exist. */
    static List<Trace> traces(Path input, String kind) throws IOException {
        List<Trace> out = new ArrayList<>();
        for (Group g : ParquetGroups.read(input.resolve(TracesTable.NAME),
                g -> kind.equals(g.getString("kind", 0)))) {
            String label = g.getFieldRepetitionCount("label") == 0 ? null : g.getString("label", 0);
            out.add(new Trace(g.getString("recording_id", 0), g.getInteger("unit", 0), label, g.getDouble("rate", 0),
                    ParquetGroups.doubles(g, "values")));
        }
        return out;
    }
}
