package org.neurobeam.pipelines.stage;

import java.util.List;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * What an {@link AnalysisStage} produced.
 *
 * @param tables   the tables it writes, each under {@code OUTPUT/<name>/}
 * @param failures {@code failures} rows (schema {@code FailuresTable.SCHEMA})
 * @param notes    (data file path, note) pairs for {@code provenance.json}
 */
public record StageOutput(List<TableOutput> tables, PCollection<Row> failures,
        PCollection<KV<String, String>> notes) {

    public StageOutput {
        tables = List.copyOf(tables);
    }
}
