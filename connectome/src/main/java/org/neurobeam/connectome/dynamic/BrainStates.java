package org.neurobeam.connectome.dynamic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.neurobeam.ingest.Checks;

/**
 * Allen et al. 2014 brain states end to end: sliding-window connectivity per subject, k-means over all
 * subjects' windows pooled (no exemplar pre-clustering; our simplification), per-subject state sequences and
 * their pooled statistics (window step as the time unit of dwell).
 *
 * @param windows each subject's windowed connectivity
 * @param clustering the pooled clustering (rows in subject order)
 * @param sequences each subject's state sequence
 * @param statistics occupancy, dwell and transitions pooled over subjects
 */
public record BrainStates(List<WindowedConnectivity> windows, StateClustering clustering, List<int[]> sequences,
        StateStatistics statistics) {

    public BrainStates {
        windows = List.copyOf(windows);
        sequences = List.copyOf(sequences);
    }

    /** States with k = {@code clustering.clusters()}. */
    public static BrainStates fit(List<double[][]> subjects, SlidingWindowConfig windowConfig,
            StateClusteringConfig clustering) {
        List<WindowedConnectivity> windows = windows(subjects, windowConfig);
        return of(windows, StateKMeans.fit(pooled(windows), clustering), windowConfig);
    }

    /** States with k chosen by {@code rule} over [kMin, kMax]. */
    public static BrainStates fit(List<double[][]> subjects, SlidingWindowConfig windowConfig,
            StateClusteringConfig clustering, ClusterCountRule rule, int kMin, int kMax) {
        List<WindowedConnectivity> windows = windows(subjects, windowConfig);
        StateClustering chosen = ClusterCountSelection.select(pooled(windows), kMin, kMax, rule, clustering).chosen();
        return of(windows, chosen, windowConfig);
    }

    private static List<WindowedConnectivity> windows(List<double[][]> subjects, SlidingWindowConfig config) {
        Checks.argument(subjects != null && !subjects.isEmpty(), "subjects", "expected at least one subject");
        SlidingWindowConnectivity swc = new SlidingWindowConnectivity(config);
        List<WindowedConnectivity> windows = new ArrayList<>();
        for (int s = 0; s < subjects.size(); s++) {
            try {
                windows.add(swc.compute(Objects.requireNonNull(subjects.get(s), "subject")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("subject " + s + ": " + e.getMessage(), e);
            }
            Checks.argument(windows.get(s).regions() == windows.get(0).regions(), "subjects",
                    "subject %d has %d regions, subject 0 has %d", s, windows.get(s).regions(),
                    windows.get(0).regions());
        }
        return windows;
    }

    private static double[][] pooled(List<WindowedConnectivity> windows) {
        List<double[]> rows = new ArrayList<>();
        for (WindowedConnectivity w : windows) {
            rows.addAll(List.of(w.edges()));
        }
        return rows.toArray(new double[0][]);
    }

    private static BrainStates of(List<WindowedConnectivity> windows, StateClustering clustering,
            SlidingWindowConfig config) {
        List<int[]> sequences = new ArrayList<>();
        int offset = 0;
        for (WindowedConnectivity w : windows) {
            int[] seq = new int[w.windows()];
            System.arraycopy(clustering.assignment(), offset, seq, 0, seq.length);
            sequences.add(seq);
            offset += seq.length;
        }
        StateStatistics statistics = StateStatistics.of(sequences, clustering.clusters(),
                config.window().stepSamples() * config.window().tr());
        return new BrainStates(windows, clustering, sequences, statistics);
    }
}
