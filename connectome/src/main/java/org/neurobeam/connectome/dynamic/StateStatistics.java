package org.neurobeam.connectome.dynamic;

import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Summary of state sequences (Allen et al. 2014; LEiDA's probability of occurrence, lifetime and switching
 * matrix). Sequences are pooled over subjects, but runs and transitions never cross from one subject's
 * sequence to the next. A state never visited has occupancy 0 and mean dwell 0, and a state never left has
 * a zero row of transition probabilities (our choice: no NaN).
 *
 * @param fractionalOccupancy share of windows in each state
 * @param meanDwellWindows mean length of the uninterrupted runs of each state, in windows (a run cut by the
 *     end of a sequence counts at its observed length)
 * @param meanDwellSeconds the same times the window step in seconds
 * @param transitionCounts [from][to] counts of consecutive window pairs, self-transitions included
 * @param transitionProbabilities rows of {@code transitionCounts} divided by their sums
 */
public record StateStatistics(double[] fractionalOccupancy, double[] meanDwellWindows, double[] meanDwellSeconds,
        long[][] transitionCounts, double[][] transitionProbabilities) {

    /** Statistics of one subject's sequence. */
    public static StateStatistics of(int[] states, int clusters, double stepSeconds) {
        return of(List.of(states), clusters, stepSeconds);
    }

    /** Statistics pooled over subjects' sequences of states in 0..clusters−1. */
    public static StateStatistics of(List<int[]> sequences, int clusters, double stepSeconds) {
        Checks.argument(clusters >= 1, "clusters", "expected at least 1, got %d", clusters);
        Checks.positive(stepSeconds, "stepSeconds");
        long[] visits = new long[clusters];
        long[] runs = new long[clusters];
        long[][] counts = new long[clusters][clusters];
        long total = 0;
        for (int s = 0; s < sequences.size(); s++) {
            int[] seq = sequences.get(s);
            Checks.argument(seq != null && seq.length > 0, "sequences", "subject %d has an empty sequence", s);
            for (int t = 0; t < seq.length; t++) {
                Checks.argument(seq[t] >= 0 && seq[t] < clusters, "sequences",
                        "subject %d window %d has state %d outside 0..%d", s, t, seq[t], clusters - 1);
                visits[seq[t]]++;
                if (t == 0 || seq[t - 1] != seq[t]) {
                    runs[seq[t]]++;
                }
                if (t > 0) {
                    counts[seq[t - 1]][seq[t]]++;
                }
            }
            total += seq.length;
        }
        Checks.argument(total > 0, "sequences", "expected at least one sequence");
        double[] occupancy = new double[clusters];
        double[] dwell = new double[clusters];
        double[] dwellSeconds = new double[clusters];
        double[][] probabilities = new double[clusters][clusters];
        for (int c = 0; c < clusters; c++) {
            occupancy[c] = visits[c] / (double) total;
            dwell[c] = runs[c] > 0 ? visits[c] / (double) runs[c] : 0;
            dwellSeconds[c] = dwell[c] * stepSeconds;
            long out = 0;
            for (long n : counts[c]) {
                out += n;
            }
            for (int d = 0; d < clusters; d++) {
                probabilities[c][d] = out > 0 ? counts[c][d] / (double) out : 0;
            }
        }
        return new StateStatistics(occupancy, dwell, dwellSeconds, counts, probabilities);
    }
}
