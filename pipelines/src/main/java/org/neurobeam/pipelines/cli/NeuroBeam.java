package org.neurobeam.pipelines.cli;

import org.neurobeam.pipelines.NeuroBeamVersion;
import org.neurobeam.pipelines.bench.BenchCommand;
import org.neurobeam.pipelines.dynamic.DynamicCommand;
import org.neurobeam.pipelines.encode.EmbedCommand;
import org.neurobeam.pipelines.encode.TrainCommand;
import org.neurobeam.pipelines.states.StatesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code neurobeam} command. Exit codes: 0 done (failed recordings are listed in the {@code failures}
 * table, not an error), 1 the run could not proceed or {@code --fail-fast} stopped it, 2 bad usage.
 */
@Command(name = "neurobeam", mixinStandardHelpOptions = true, versionProvider = NeuroBeam.Version.class,
        description = "Neuroimaging and electrophysiology pipelines on Apache Beam, writing Parquet.",
        subcommands = {RunCommand.class, InspectCommand.class, DynamicCommand.class, StatesCommand.class,
            TrainCommand.class, EmbedCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class NeuroBeam {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new NeuroBeam()).execute(args);
    }

    /** Reports the Maven project version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"neurobeam " + NeuroBeamVersion.get()};
        }
    }
}
