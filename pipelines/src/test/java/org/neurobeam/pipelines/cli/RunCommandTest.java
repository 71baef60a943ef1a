package org.neurobeam.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.pipelines.TestDatasets;

/** Exit codes and terminal output of {@code neurobeam run}. */
class RunCommandTest {

    @Test
    void theExampleRunsAndSummarises(@TempDir Path out) {
        CommandOutput run = CommandOutput.of("run", "--input", TestDatasets.EXAMPLE.toString(),
                "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[1/3] discover") && run.out().contains("[2/3] read")
                && run.out().contains("[3/3] write"), run.out());
        assertTrue(run.out().contains("done: 4 recordings read, 0 failed to read, 0 inputs not understood, 0 analysis failures"), run.out());
        assertTrue(Files.isDirectory(out.resolve("recordings")) && Files.isRegularFile(out.resolve("provenance.json")));
        assertFalse(Files.exists(out.resolve(".temp-beam")) || Files.exists(out.resolve("recordings/.temp-beam")),
                "Beam's temporary folders are removed");
    }

    @Test
    void badRecordingsAreCountedButDoNotFailTheRun(@TempDir Path work) throws IOException {
        Path dataset = TestDatasets.exampleWithBadRecordings(work.resolve("ds"));
        CommandOutput run = CommandOutput.of("run", "--input", dataset.toString(), "--output",
                work.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("4 recordings read, 4 failed to read"), run.out());
    }

    @Test
    void failFastStopsWithExitCodeOneNamingTheFile(@TempDir Path work) throws IOException {
        Path dataset = TestDatasets.exampleWithBadRecordings(work.resolve("ds"));
        CommandOutput run = CommandOutput.of("run", "--input", dataset.toString(), "--output",
                work.resolve("out").toString(), "--fail-fast");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("--fail-fast") && run.err().contains(dataset.toString()), run.err());
    }

    @Test
    void aMissingInputOrAnUnknownOptionIsAUsageError(@TempDir Path out) {
        CommandOutput missing = CommandOutput.of("run", "--input", out.resolve("nope").toString(),
                "--output", out.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        CommandOutput unknown = CommandOutput.of("run", "--output", out.toString(), "--no-such-option=1");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no-such-option") || unknown.err().contains("noSuchOption"), unknown.err());
    }
}
