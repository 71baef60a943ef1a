package org.neurobeam.ingest.edf;

import java.io.IOException;
import java.nio.file.Path;

/** Derived EDF files other test packages need. */
public final class EdfTestFiles {

    private EdfTestFiles() {
    }

    /** The corpus EDF+C file rewritten as EDF+D with a 2 s gap after record 3 (spec-correct TALs). */
    public static Path discontinuous(Path dir) throws IOException {
        return EdfTimelineTest.discontinuous(dir);
    }
}
