package org.neurobeam.pipelines.stage;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;

/**
 * What {@code run} does with the recordings of some modalities after reading them (fMRI region analysis, EEG
 * spectra, calcium traces, ...). A stage receives each successfully read recording with its {@code recordings}
 * row, appends its transforms, and hands back its tables, failures and notes; the job writes them.
 */
public interface AnalysisStage {

    /** Metric (namespace {@code neurobeam}) every stage increments for each failures row it writes. */
    String FAILURES_METRIC = "analysis_failures";

    /** The modalities whose recordings this stage receives. */
    Set<Modality> modalities();

    /** Checks the stage's own inputs (an atlas, a montage) before the job starts; fails with a clear message. */
    void validate() throws IOException;

    /** Appends the stage's transforms for the recordings read. */
    StageOutput expand(PCollection<KV<RecordingRef, Row>> recordings);

    /** The values the stage uses, defaults included, for {@code provenance.json}. */
    Map<String, Object> provenance();
}
