package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurobeam.encoders.demovae.DemoVae;
import org.neurobeam.encoders.demovae.DemoVaeConfig;
import org.neurobeam.encoders.demovae.DemoVaeFit;
import org.neurobeam.encoders.demovae.DemoVaeTraining;
import org.neurobeam.encoders.train.EpochMetrics;
import org.neurobeam.encoders.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam train demovae}: fits a DemoVAE (Orlichenko et al. 2024) on the connectomes of a {@code run}
 * output and the participants' demographics, and saves it as a model folder for {@code embed} and
 * {@code run --encoder}.
 */
@Command(name = "demovae", mixinStandardHelpOptions = true,
        description = "Train a DemoVAE on a run's connectivity table and participants' demographics.")
final class TrainDemoVaeCommand extends ModelTraining {

    @Option(names = "--connectivity-kind", paramLabel = "KIND", defaultValue = "correlation",
            description = "Which connectivity rows are the input (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--demographics", split = ",", paramLabel = "COLUMN",
            description = "participants.tsv columns the decoder is conditioned on (default: age,sex).")
    List<String> demographics = new ArrayList<>(List.of("age", "sex"));

    @Option(names = "--latent", paramLabel = "N", description = "Latent dimensions (default: the reference's).")
    Integer latent;

    @Option(names = "--hidden", paramLabel = "N", description = "Hidden width of the MLPs (default: the reference's).")
    Integer hidden;

    @Override
    String model() {
        return DemoVae.MODEL;
    }

    @Override
    void train(Path input, Path modelDir, TrainingOptions options) throws IOException {
        ConnectomeCohort cohort = ConnectomeCohort.read(input, kind, demographics);
        DemoVaeConfig config = DemoVaeConfig.defaults(cohort.regions());
        config = config.withSize(hidden == null ? config.hidden() : hidden, latent == null ? config.latent() : latent);
        System.out.println(String.format(Locale.ROOT, "[1/2] %d recordings of %d regions, demographics %s",
                cohort.recordingIds().size(), cohort.regions(), demographics));
        DemoVaeFit fit = DemoVaeTraining.fit(config, cohort.vectors(), cohort.demographics(), options,
                TrainDemoVaeCommand::report);
        try {
            fit.save(modelDir);
        } finally {
            fit.model().close();
        }
        System.out.println("[2/2] saved " + modelDir + " (kept epoch " + fit.run().bestEpoch() + ")");
    }

    /** One line per epoch on standard output. */
    static void report(EpochMetrics m) {
        System.out.println(String.format(Locale.ROOT, "      epoch %d: train %.5g%s (%.2f s)", m.epoch(),
                m.trainLoss(), m.validationLoss() == null ? "" : String.format(Locale.ROOT, ", validation %.5g",
                        m.validationLoss()), m.seconds()));
    }
}
