package org.neurobeam.encoders.demovae;

import ai.djl.Model;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.encoders.train.EncoderTrainer;
import org.neurobeam.encoders.train.SampleTable;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.encoders.train.TrainingProgress;
import org.neurobeam.encoders.train.TrainingRun;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Trains a DemoVAE (Orlichenko et al. 2024): learns the demographic schema, fits the guidance models on the real
 * connectomes, then runs the shared {@link EncoderTrainer} on the {@link DemoVaeObjective}.
 */
public final class DemoVaeTraining {

    private DemoVaeTraining() {
    }

    /** Trains on connectome vectors (subjects × upper-triangle edges) and the subjects' demographics. */
    public static DemoVaeFit fit(DemoVaeConfig config, double[][] vectors, Demographics demographics,
            TrainingOptions options, TrainingProgress progress) throws InvalidInputException {
        DemographicSchema schema = DemographicSchema.fit(demographics);
        Checks.input(demographics.rows() == vectors.length, null, "demographics",
                "%d rows for %d connectomes", demographics.rows(), vectors.length);
        DemoVaeBlock block = new DemoVaeBlock(config, schema.width());
        Model model = TorchEngine.newModel(DemoVae.MODEL, block);
        DemoVae demoVae = new DemoVae(model, block, config, schema);
        try {
            demoVae.checkVectors(vectors, null);
            float[][] demo = schema.encode(demographics, null);
            GuidanceModels guidance = GuidanceModels.fit(vectors, demo, schema, config);
            float[][] features = new float[vectors.length][];
            for (int i = 0; i < vectors.length; i++) {
                features[i] = new float[vectors[i].length];
                for (int e = 0; e < vectors[i].length; e++) {
                    features[i][e] = (float) vectors[i][e];
                }
            }
            SampleTable data = new SampleTable().add("connectome", new long[] {config.features()}, features)
                    .add("demographics", new long[] {schema.width()}, demo);
            TrainingRun run = new EncoderTrainer(options, progress).fit(model,
                    new DemoVaeObjective(block, config, schema, guidance, options.seed()), data);
            return new DemoVaeFit(demoVae, run);
        } catch (InvalidInputException | RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
