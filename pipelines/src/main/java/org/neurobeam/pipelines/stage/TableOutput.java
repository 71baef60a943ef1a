package org.neurobeam.pipelines.stage;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/** One table a stage writes: its name (the folder under the output), its schema and its rows. */
public record TableOutput(String name, Schema schema, PCollection<Row> rows) {
}
