package org.neurobeam.pipelines.run;

import java.util.List;
import org.apache.beam.sdk.values.Row;

/**
 * A recording read: its {@code recordings} row and the notes worth recording in provenance.
 *
 * @param row   the {@code recordings} row (schema {@code RecordingsTable.SCHEMA})
 * @param notes warnings and disagreements
 */
public record ReadResult(Row row, List<String> notes) {

    public ReadResult {
        notes = List.copyOf(notes);
    }
}
