package org.neurobeam.pipelines.run;

import java.io.IOException;
import org.neurobeam.cohorts.RecordingRef;

/** Reads one recording of a modality into its {@code recordings} row, validating the whole file. */
@FunctionalInterface
public interface RecordingReader {

    ReadResult read(RecordingRef ref) throws IOException;
}
