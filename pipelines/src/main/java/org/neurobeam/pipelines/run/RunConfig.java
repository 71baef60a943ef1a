package org.neurobeam.pipelines.run;

import java.nio.file.Path;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.pipelines.stage.AnalysisStage;

/**
 * What {@code neurobeam run} was asked to do, independent of the runner.
 *
 * @param input       a BIDS dataset folder or a manifest CSV
 * @param output      the folder that receives one sub-folder per table and {@code provenance.json}
 * @param failFast    stop at the first recording that fails instead of listing it in {@code failures}
 * @param commandLine the command line as typed, for provenance
 * @param stages      what to do with the recordings after reading them, in order
 */
public record RunConfig(Path input, Path output, boolean failFast, List<String> commandLine,
        List<AnalysisStage> stages) {

    public RunConfig {
        Checks.argument(input != null, "--input", "an input folder or manifest is required");
        Checks.argument(output != null, "--output", "an output folder is required");
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        commandLine = List.copyOf(commandLine);
        stages = List.copyOf(stages);
    }
}
