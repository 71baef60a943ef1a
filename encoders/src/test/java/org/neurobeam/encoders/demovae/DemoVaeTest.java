package org.neurobeam.encoders.demovae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.Encoders;
import org.neurobeam.encoders.checkpoint.Checkpoint;
import org.neurobeam.encoders.checkpoint.TrainingRecord;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.encoders.linear.RidgeRegression;
import org.neurobeam.encoders.train.EpochMetrics;
import org.neurobeam.encoders.train.OptimizerKind;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.ingest.InvalidInputException;

/**
 * DemoVAE on a {@link ConfoundedCohort} (issue 8 "Done when"): trained once on 1,000 subjects (reference loss
 * weights; Adam 3e-3, batches of 200, 500 epochs, one libtorch thread), judged on 2,000 held-out ones against the
 * planted demographic patterns.
 */
class DemoVaeTest {

    private static final ConfoundedCohort COHORT = new ConfoundedCohort(42);
    private static final ConfoundedCohort.Subjects TRAIN = COHORT.draw(1000, 1);
    private static final ConfoundedCohort.Subjects HELD_OUT = COHORT.draw(2000, 2);
    private static final DemoVaeConfig CONFIG = DemoVaeConfig.defaults(ConfoundedCohort.REGIONS).withSize(64, 6);
    private static final TrainingOptions OPTIONS = TrainingOptions.defaults()
            .withOptimizer(OptimizerKind.ADAM, 3e-3, 0).withEpochs(500, 200, 500).withValidation(0.1).withSeed(5);

    private static DemoVaeFit fit;
    private static final List<EpochMetrics> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void train() throws Exception {
        TorchEngine.setThreads(1);
        long start = System.nanoTime();
        fit = DemoVaeTraining.fit(CONFIG, TRAIN.vectors(), TRAIN.demographics(), OPTIONS, PROGRESS::add);
        EpochMetrics last = PROGRESS.get(PROGRESS.size() - 1);
        System.out.printf("DemoVAE trained %d epochs in %.1f s (best %d); last terms %s%n", PROGRESS.size(),
                (System.nanoTime() - start) / 1e9, fit.run().bestEpoch(), last.trainTerms());
    }

    @AfterAll
    static void close() {
        fit.model().close();
    }

    private static double pearson(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElseThrow();
        double mb = java.util.Arrays.stream(b).average().orElseThrow();
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static double[] column(float[][] rows, int j) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][j];
        }
        return out;
    }

    private static double[] male(String[] sex) {
        return java.util.Arrays.stream(sex).mapToDouble(s -> s.equals("M") ? 1 : 0).toArray();
    }

    @Test
    void latentsAreFreeOfDemographicsWhileConnectomesPredictAge() throws Exception {
        float[][] latents = fit.model().encode(HELD_OUT.vectors(), null);
        double worst = 0;
        for (int j = 0; j < CONFIG.latent(); j++) {
            double age = Math.abs(pearson(column(latents, j), HELD_OUT.age()));
            double sex = Math.abs(pearson(column(latents, j), male(HELD_OUT.sex())));
            System.out.printf("latent %d: |r| age %.3f sex %.3f%n", j, age, sex);
            worst = Math.max(worst, Math.max(age, sex));
        }
        assertTrue(worst < 0.1, "largest |r| of a latent with a demographic: " + worst);

        RidgeRegression ridge = RidgeRegression.fit(TRAIN.vectors(), TRAIN.age(), 1.0);
        double[] predicted = java.util.Arrays.stream(HELD_OUT.vectors()).mapToDouble(ridge::predict).toArray();
        double r = pearson(predicted, HELD_OUT.age());
        System.out.printf("ridge age from raw connectomes: r = %.3f; worst latent |r| = %.3f%n", r, worst);
        assertTrue(r > 0.5, "ridge r " + r);
    }

    @Test
    void reconstructsHeldOutConnectomes() throws Exception {
        float[][] recon = fit.model().removeConfounds(HELD_OUT.vectors(), HELD_OUT.demographics(), null);
        double[] mean = new double[ConfoundedCohort.EDGES];
        for (double[] row : TRAIN.vectors()) {
            for (int e = 0; e < mean.length; e++) {
                mean[e] += row[e] / TRAIN.vectors().length;
            }
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < recon.length; i++) {
            for (int e = 0; e < mean.length; e++) {
                double x = HELD_OUT.vectors()[i][e];
                residual += (x - recon[i][e]) * (x - recon[i][e]);
                total += (x - mean[e]) * (x - mean[e]);
            }
        }
        double r2 = 1 - residual / total;
        System.out.printf("held-out reconstruction R^2 = %.3f%n", r2);
        assertTrue(r2 > 0.8, "R^2 " + r2);
    }

    @Test
    void syntheticConnectomesReproduceThePlantedDifferences() throws Exception {
        int n = 2000;
        String[] sexes = new String[n];
        for (int i = 0; i < n; i++) {
            sexes[i] = i % 2 == 0 ? "F" : "M";
        }
        double[] young = new double[n];
        double[] old = new double[n];
        java.util.Arrays.fill(young, 10);
        java.util.Arrays.fill(old, 21);
        DemoVae model = fit.model();
        float[][] youngSamples = model.sample(Demographics.of(DemographicColumn.continuous("age", young),
                DemographicColumn.categorical("sex", sexes)), 1);
        float[][] oldSamples = model.sample(Demographics.of(DemographicColumn.continuous("age", old),
                DemographicColumn.categorical("sex", sexes)), 2);
        double[] ageContrast = new double[ConfoundedCohort.EDGES];
        double[] sexContrast = new double[ConfoundedCohort.EDGES];
        for (int i = 0; i < n; i++) {
            double sign = sexes[i].equals("M") ? 1 : -1;
            for (int e = 0; e < ageContrast.length; e++) {
                ageContrast[e] += (oldSamples[i][e] - youngSamples[i][e]) / n;
                sexContrast[e] += sign * (oldSamples[i][e] + youngSamples[i][e]) / n;
            }
        }
        double age = pearson(ageContrast, COHORT.agePattern);
        double sex = pearson(sexContrast, COHORT.sexPattern);
        double crossed = pearson(ageContrast, COHORT.sexPattern);
        System.out.printf("synthetic old-young vs P_age r = %.3f, male-female vs P_sex r = %.3f, old-young vs "
                + "P_sex r = %.3f%n", age, sex, crossed);
        assertTrue(age > 0.8, "age contrast r " + age);
        assertTrue(sex > 0.8, "sex contrast r " + sex);
        assertTrue(Math.abs(crossed) < 0.3, "age contrast vs sex pattern r " + crossed);
    }

    @Test
    void savedCheckpointLoadsWithIdenticalEmbeddings(@TempDir Path dir) throws Exception {
        fit.save(dir);
        TrainingRecord record = Checkpoint.readTraining(dir);
        assertEquals(OPTIONS.seed(), record.seed());
        assertEquals(64, record.dataFingerprint().length());
        assertEquals(PROGRESS, record.epochs());
        double[][] matrix = UpperTriangle.matrix(HELD_OUT.vectors()[0], 1.0);
        EncoderInput input = new EncoderInput("sub-01", null, matrix);
        try (Encoder loaded = Encoders.load(dir)) {
            assertEquals("demovae", loaded.card().name());
            assertEquals(CONFIG.latent(), loaded.card().dimension());
            assertArrayEquals(fit.model().embed(input).get(0), loaded.embed(input).get(0), 0f);
        }
    }

    @Test
    void badInputsFailNamingRecordingAndField() {
        DemoVae model = fit.model();
        InvalidInputException size = assertThrows(InvalidInputException.class,
                () -> model.embed(new EncoderInput("sub-07", null, new double[19][19])));
        assertTrue(size.getMessage().startsWith("sub-07: connectivity: 19 rows, but this DemoVAE was trained on "
                + "20 x 20"), size.getMessage());
        double[][] nan = UpperTriangle.matrix(HELD_OUT.vectors()[0], 1.0);
        nan[3][5] = Double.NaN;
        InvalidInputException notFinite = assertThrows(InvalidInputException.class,
                () -> model.embed(new EncoderInput("sub-08", null, nan)));
        assertEquals("sub-08: connectivity: subject 0 has NaN at edge (3, 5)", notFinite.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> model.embed(new EncoderInput("sub-09", new double[10][20], null)));
        assertEquals("connectivity", missing.field());
        InvalidInputException column = assertThrows(InvalidInputException.class, () -> model.sample(
                Demographics.of(DemographicColumn.continuous("age", 12)), 0));
        assertTrue(column.getMessage().startsWith("sex: missing demographic column; the model was trained with "
                + "[age, sex]"), column.getMessage());
        InvalidInputException level = assertThrows(InvalidInputException.class, () -> model.sample(Demographics.of(
                DemographicColumn.continuous("age", 12), DemographicColumn.categorical("sex", "X")), 0));
        assertEquals("sex", level.field());
    }
}
