package org.neurobeam.pipelines.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.neurobeam.pipelines.dynamic.DerivedJob;
import org.neurobeam.pipelines.encode.Encode;
import org.neurobeam.pipelines.encode.EncoderFlags;
import org.neurobeam.pipelines.fmri.FmriSettings;
import org.neurobeam.pipelines.ephys.EphysOptions;
import org.neurobeam.pipelines.calcium.CalciumOptions;
import org.neurobeam.pipelines.calcium.CalciumStage;
import org.neurobeam.pipelines.ephys.EphysStage;
import org.neurobeam.pipelines.fmri.FmriStage;
import org.neurobeam.pipelines.run.RecordingFailedException;
import org.neurobeam.pipelines.run.RunConfig;
import org.neurobeam.pipelines.run.RunPipeline;
import org.neurobeam.pipelines.run.RunSummary;
import org.neurobeam.pipelines.stage.AnalysisStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code neurobeam run}: reads a dataset and writes its tables. Options it does not know (such as
 * {@code --runner=FlinkRunner --flinkMaster=[local]}) are Beam pipeline options and go to Beam.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Read a BIDS dataset or manifest and write Parquet tables.",
        footer = {"", "Beam options pass through, e.g. --runner=FlinkRunner --flinkMaster=[local] --parallelism=2."})
final class RunCommand implements Callable<Integer> {

    /** The example dataset shipped in the repository, used when no --input is given, and its atlas. */
    static final String EXAMPLE = "examples/ds-mini";
    static final String EXAMPLE_ATLAS = "examples/atlas/ds-mini_atlas.nii.gz";
    static final String EXAMPLE_ATLAS_LABELS = "examples/atlas/ds-mini_atlas.tsv";

    @Option(names = "--input", paramLabel = "DIR|CSV",
            description = "BIDS dataset folder or manifest CSV (default: the bundled example, " + EXAMPLE + ").")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--fail-fast", description = "Stop at the first recording that fails (exit 1).")
    boolean failFast;

    @Mixin
    FmriOptions fmri = new FmriOptions();

    @Mixin
    EphysOptions ephys = new EphysOptions();

    @Mixin
    CalciumOptions calcium = new CalciumOptions();

    @Mixin
    EncoderFlags encoder = new EncoderFlags();

    @Unmatched
    List<String> beamArgs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PipelineOptions options;
        RunConfig config;
        try {
            options = DerivedJob.beamOptions(beamArgs);
            FmriSettings settings = input == null
                    ? fmri.settings(home().resolve(EXAMPLE_ATLAS), home().resolve(EXAMPLE_ATLAS_LABELS))
                    : fmri.settings(null, null);
            config = new RunConfig(input == null ? home().resolve(EXAMPLE) : input, output, failFast, commandLine(),
                    stages(settings, encoder.encode(output)));
            if (!Files.exists(config.input())) {
                throw new IllegalArgumentException("--input: " + config.input() + " does not exist");
            }
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("neurobeam run: " + e.getMessage());
            return 2;
        }
        try {
            RunSummary summary = RunPipeline.run(config, options, System.out::println);
            System.out.println(String.format(Locale.ROOT,
                    "done: %d recordings read, %d failed to read, %d inputs not understood, %d analysis failures;"
                            + " tables %s in %s", summary.read(), summary.failed(), summary.problems(),
                    summary.analysisFailures(), summary.tables(), summary.output()));
            return 0;
        } catch (IOException | RuntimeException e) {
            RecordingFailedException failFastCause = findFailFast(e);
            if (failFastCause != null) {
                System.err.println("neurobeam run: stopped by --fail-fast: " + failFastCause.getMessage());
            } else {
                System.err.println("neurobeam run: " + e.getMessage());
            }
            return 1;
        }
    }

    /** The analysis stages: fMRI with an atlas (and its encoder, if any), EEG/MEG/iEEG and calcium/spikes always. */
    private List<AnalysisStage> stages(FmriSettings settings, Encode encode) {
        List<AnalysisStage> stages = new ArrayList<>();
        if (settings.enabled()) {
            stages.add(new FmriStage(settings, output, encode));
        } else if (encode != null) {
            throw new IllegalArgumentException("--encoder embeds fMRI region signals: it needs the fMRI stage (--atlas)");
        }
        stages.add(new EphysStage(ephys.settings()));
        stages.add(new CalciumStage(calcium.settings()));
        return stages;
    }

    private List<String> commandLine() {
        List<String> all = new ArrayList<>(List.of("neurobeam"));
        all.addAll(spec.root().commandLine().getParseResult().originalArgs());
        return all;
    }

    /** Runners wrap the DoFn's exception; find ours in the chain. */
    private static RecordingFailedException findFailFast(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RecordingFailedException) {
                return (RecordingFailedException) t;
            }
        }
        return null;
    }

    /** Where the launcher lives ({@code neurobeam.home}), else the working folder: examples/ is there. */
    private static Path home() {
        String home = System.getProperty("neurobeam.home");
        return home == null ? Path.of(".") : Path.of(home);
    }
}
