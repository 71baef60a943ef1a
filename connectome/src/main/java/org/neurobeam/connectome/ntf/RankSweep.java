package org.neurobeam.connectome.ntf;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * Rank sweep R = 1..maxRank (notes §A.4) with fit and replicate stability per rank.
 *
 * <p>Selection rule, our concrete reading of the notes' "largest R whose stability is ≥ 0.8 and beyond which
 * the fit gain is &lt; 1%": the smallest R with stability(R) ≥ {@code minStability} and
 * fit(R + 1) − fit(R) &lt; {@code minFitGain}; if no swept R qualifies, the largest R with
 * stability ≥ {@code minStability}, and R = 1 when none is stable.
 *
 * @param fits the fit of every swept rank, index R − 1
 * @param selectedRank the chosen R
 */
public record RankSweep(List<NtfFit> fits, int selectedRank) {

    public RankSweep {
        fits = List.copyOf(fits);
    }

    /** Sweeps with the notes' thresholds: stability ≥ 0.8, fit gain &lt; 0.01. */
    public static RankSweep run(AffinityTensor tensor, int maxRank, NtfConfig config) {
        return run(tensor, maxRank, config, 0.8, 0.01);
    }

    /** Sweeps R = 1..maxRank with {@code config} (its rank ignored) and applies the rule above. */
    public static RankSweep run(AffinityTensor tensor, int maxRank, NtfConfig config, double minStability,
            double minFitGain) {
        Checks.argument(maxRank >= 2, "maxRank", "expected at least 2, got %d", maxRank);
        List<NtfFit> fits = new ArrayList<>();
        for (int r = 1; r <= maxRank; r++) {
            fits.add(NonNegativeCp.fit(tensor, config.withRank(r)));
        }
        int selected = 1;
        for (int r = 1; r <= maxRank; r++) {
            if (fits.get(r - 1).stability() >= minStability) {
                selected = r;
                if (r < maxRank && fits.get(r).best().fit() - fits.get(r - 1).best().fit() < minFitGain) {
                    break;
                }
            }
        }
        return new RankSweep(fits, selected);
    }

    /** Best fit at each rank. */
    public double[] fitByRank() {
        return fits.stream().mapToDouble(f -> f.best().fit()).toArray();
    }

    /** Stability at each rank. */
    public double[] stabilityByRank() {
        return fits.stream().mapToDouble(NtfFit::stability).toArray();
    }
}
