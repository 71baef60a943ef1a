package org.neurobeam.pipelines.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run did, for the closing lines on the terminal.
 *
 * @param discovered     recordings found in the input
 * @param problems       inputs that discovery could not understand (each a row in {@code failures})
 * @param read           recordings read
 * @param failed         recordings that failed to read (each a row in {@code failures})
 * @param analysisFailures failures rows written by the analysis stages (parcellate, clean, connectome, glm)
 * @param tables         the tables written
 * @param output         where they were written
 */
public record RunSummary(long discovered, long problems, long read, long failed, long analysisFailures,
        List<String> tables, Path output) {

    public RunSummary {
        tables = List.copyOf(tables);
    }

    /** Rows in the {@code failures} table. */
    public long failures() {
        return problems + failed + analysisFailures;
    }
}
