package org.neurobeam.connectome.ntf;

import java.util.List;

/**
 * All starts of one {@link NonNegativeCp} fit.
 *
 * @param replicates the model of each start, sorted by increasing loss (the first is the best)
 */
public record NtfFit(List<CpModel> replicates) {

    public NtfFit {
        replicates = List.copyOf(replicates);
    }

    /** The lowest-loss model. */
    public CpModel best() {
        return replicates.get(0);
    }

    /**
     * Replicate stability (Williams et al. 2018, tensortools): mean {@link FactorMatch} score of every other
     * start against the best; 1 with a single start.
     */
    public double stability() {
        if (replicates.size() == 1) {
            return 1.0;
        }
        double sum = 0;
        for (int i = 1; i < replicates.size(); i++) {
            sum += FactorMatch.of(best(), replicates.get(i)).score();
        }
        return sum / (replicates.size() - 1);
    }
}
