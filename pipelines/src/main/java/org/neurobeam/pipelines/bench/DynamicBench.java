package org.neurobeam.pipelines.bench;

import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.neurobeam.connectome.dynamic.SlidingWindowConfig;
import org.neurobeam.connectome.dynamic.SlidingWindowConnectivity;
import org.neurobeam.connectome.dynamic.WindowConfig;
import org.neurobeam.connectome.dynamic.WindowedConnectivity;
import org.neurobeam.connectome.ntf.AffinityTensor;
import org.neurobeam.connectome.ntf.CpModel;
import org.neurobeam.connectome.ntf.NonNegativeCp;
import org.neurobeam.connectome.ntf.NtfConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench dynamic}: the two heavy steps of {@code neurobeam dynamic} on generated data. (1)
 * Tapered sliding-window correlation with Fisher z (Allen windows) of one recording of factor-model region
 * signals. (2) Non-negative CP (HALS, one start) of a rank-R tensor with uniform noise: time per sweep as the
 * difference between fits of 1 and 1 + N sweeps after a warm-up fit (so without the fixed cost of copying the
 * tensor and the exact loss), then the sweeps and time until the relative error ‖X − X̂‖/‖X‖ reaches a target
 * (sweep budgets 1, 2, 4, ... from the same seed, so the last run is the whole trajectory).
 */
@Command(name = "dynamic", mixinStandardHelpOptions = true,
        description = "Time sliding-window connectivity and NTF on generated data.")
final class DynamicBench implements Callable<Integer> {

    @Option(names = "--regions", defaultValue = "400", description = "Regions (default: ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--timepoints", defaultValue = "1200", description = "Time points (default: ${DEFAULT-VALUE}).")
    int timepoints;

    @Option(names = "--tr", defaultValue = "0.72", description = "Repetition time, s (default: ${DEFAULT-VALUE}).")
    double tr;

    @Option(names = "--neurons", defaultValue = "100", description = "NTF neurons (default: ${DEFAULT-VALUE}).")
    int neurons;

    @Option(names = "--windows", defaultValue = "200", description = "NTF windows (default: ${DEFAULT-VALUE}).")
    int windows;

    @Option(names = "--animals", defaultValue = "50", description = "NTF animals (default: ${DEFAULT-VALUE}).")
    int animals;

    @Option(names = "--rank", defaultValue = "10", description = "NTF rank (default: ${DEFAULT-VALUE}).")
    int rank;

    @Option(names = "--sweeps", defaultValue = "10",
            description = "Sweeps timed for the per-sweep figure (default: ${DEFAULT-VALUE}).")
    int sweeps;

    @Option(names = "--target-error", defaultValue = "0.1",
            description = "Relative error to reach, 0 to skip (default: ${DEFAULT-VALUE}).")
    double targetError;

    @Option(names = "--max-sweeps", defaultValue = "256",
            description = "Largest sweep budget tried for the target (default: ${DEFAULT-VALUE}).")
    int maxSweeps;

    @Option(names = "--skip-fc", description = "Only the NTF part.")
    boolean skipFc;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (!skipFc) {
            slidingWindow();
        }
        ntf();
        return 0;
    }

    private void slidingWindow() {
        double[][] x = new FactorSignals(10, 1.0).generate(timepoints, regions, seed);
        SlidingWindowConnectivity swc = new SlidingWindowConnectivity(
                SlidingWindowConfig.correlation(WindowConfig.allen(tr)).withFisherZ(true));
        HeapPeak.reset();
        long start = System.nanoTime();
        WindowedConnectivity c = swc.compute(x);
        System.out.printf("sliding-window FC: %d regions x %d time points -> %d windows x %d edges in %.2f s; %s%n",
                regions, timepoints, c.windows(), c.edges()[0].length, seconds(start), HeapPeak.describe());
    }

    private void ntf() {
        int pairs = neurons * (neurons - 1) / 2;
        long generation = System.nanoTime();
        AffinityTensor tensor = tensor(pairs);
        System.out.printf("NTF tensor: %d neurons -> %d pairs x %d windows x %d animals = %d entries,"
                + " generated in %.1f s%n", neurons, pairs, windows, animals, (long) pairs * windows * animals,
                seconds(generation));
        NtfConfig config = NtfConfig.of(rank).withRestarts(1).withSeed(seed);
        fit(tensor, config.withMaxSweeps(1));
        HeapPeak.reset();
        double one = fit(tensor, config.withMaxSweeps(1));
        long start = System.nanoTime();
        CpModel model = NonNegativeCp.fit(tensor, config.withMaxSweeps(1 + sweeps)).best();
        double more = seconds(start);
        double perSweep = (more - one) / (model.sweeps() - 1);
        System.out.printf("NTF rank %d: %.3f s/sweep (fits of 1 and %d sweeps after a warm-up fit: %.2f s, %.2f s;"
                + " fixed cost %.2f s), relative error %.4f after %d sweeps; %s%n", rank, perSweep, model.sweeps(),
                one, more, one - perSweep, 1 - model.fit(), model.sweeps(), HeapPeak.describe());
        if (targetError > 0) {
            toTarget(tensor, config);
        }
    }

    private static double fit(AffinityTensor tensor, NtfConfig config) {
        long start = System.nanoTime();
        NonNegativeCp.fit(tensor, config);
        return seconds(start);
    }

    private void toTarget(AffinityTensor tensor, NtfConfig config) {
        for (int budget = 1; budget <= maxSweeps; budget *= 2) {
            long start = System.nanoTime();
            CpModel model = NonNegativeCp.fit(tensor, config.withMaxSweeps(budget)).best();
            double elapsed = seconds(start);
            double error = 1 - model.fit();
            if (error <= targetError) {
                System.out.printf("NTF rank %d: relative error %.4f <= %.4f after %d sweeps in %.2f s%n", rank,
                        error, targetError, model.sweeps(), elapsed);
                return;
            }
            if (model.sweeps() < budget) {
                System.out.printf("NTF rank %d: converged at relative error %.4f > %.4f after %d sweeps in %.2f s%n",
                        rank, error, targetError, model.sweeps(), elapsed);
                return;
            }
        }
        System.out.printf("NTF rank %d: relative error above %.4f after %d sweeps%n", rank, targetError, maxSweeps);
    }

    /** A rank-{@code rank} non-negative CP tensor times (1 + uniform noise in ±10%). */
    private AffinityTensor tensor(int pairs) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = uniform(pairs, random);
        double[][] b = uniform(windows, random);
        double[][] c = uniform(animals, random);
        double[][][] values = new double[pairs][windows][animals];
        for (int p = 0; p < pairs; p++) {
            for (int t = 0; t < windows; t++) {
                double[] cell = values[p][t];
                for (int w = 0; w < animals; w++) {
                    double s = 0;
                    for (int r = 0; r < rank; r++) {
                        s += a[p][r] * b[t][r] * c[w][r];
                    }
                    cell[w] = s * (1 + 0.2 * (random.nextDouble() - 0.5));
                }
            }
        }
        return AffinityTensor.of(values);
    }

    private double[][] uniform(int rows, SplittableRandom random) {
        double[][] f = new double[rows][rank];
        for (double[] row : f) {
            for (int r = 0; r < rank; r++) {
                row[r] = random.nextDouble();
            }
        }
        return f;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
