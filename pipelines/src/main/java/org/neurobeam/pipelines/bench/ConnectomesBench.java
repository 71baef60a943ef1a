package org.neurobeam.pipelines.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurobeam.connectome.statics.ConnectivityConfig;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.connectome.statics.ConnectivityMeasure;
import org.neurobeam.connectome.statics.CovarianceEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench connectomes}: every connectivity kind with Ledoit–Wolf over a group of generated
 * recordings (one {@code compute} per recording, tangent as one {@code computeGroup}), plus empirical
 * correlation, the counterpart of {@code numpy.corrcoef}. Same work as {@code docs/bench/connectomes_numpy.py}.
 */
@Command(name = "connectomes", mixinStandardHelpOptions = true,
        description = "Time every connectivity kind on generated factor-model region signals.")
final class ConnectomesBench implements Callable<Integer> {

    @Option(names = "--regions", defaultValue = "400", description = "Regions (default: ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--timepoints", defaultValue = "1200", description = "Time points (default: ${DEFAULT-VALUE}).")
    int timepoints;

    @Option(names = "--subjects", defaultValue = "100", description = "Recordings (default: ${DEFAULT-VALUE}).")
    int subjects;

    @Option(names = "--factors", defaultValue = "10",
            description = "Rank of the shared signal (default: ${DEFAULT-VALUE}).")
    int factors;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        FactorSignals model = new FactorSignals(factors, 1.0);
        List<double[][]> group = new ArrayList<>(subjects);
        for (int s = 0; s < subjects; s++) {
            group.add(model.generate(timepoints, regions, seed + s));
        }
        System.out.printf("generated %d recordings of %d time points x %d regions in %.1f s%n", subjects,
                timepoints, regions, seconds(start));
        System.out.printf("%-34s %10s %14s%n", "kind (estimator)", "seconds", "ms/recording");
        for (ConnectivityKind kind : ConnectivityKind.values()) {
            time(kind, CovarianceEstimator.LEDOIT_WOLF, group);
        }
        time(ConnectivityKind.CORRELATION, CovarianceEstimator.EMPIRICAL, group);
        System.out.println(PeakMemory.describe());
        return 0;
    }

    private static void time(ConnectivityKind kind, CovarianceEstimator estimator, List<double[][]> group) {
        ConnectivityMeasure measure = new ConnectivityMeasure(ConnectivityConfig.of(kind).withEstimator(estimator));
        long start = System.nanoTime();
        if (kind == ConnectivityKind.TANGENT) {
            measure.computeGroup(group);
        } else {
            for (double[][] signals : group) {
                measure.compute(signals);
            }
        }
        double elapsed = seconds(start);
        System.out.printf("%-34s %10.2f %14.1f%n", kind.label() + " (" + estimator.label() + ")", elapsed,
                1000 * elapsed / group.size());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
