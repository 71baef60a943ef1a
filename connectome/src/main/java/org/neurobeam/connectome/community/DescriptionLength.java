package org.neurobeam.connectome.community;

/**
 * Terms of the weighted SBM description length Σ = −log P(A|b) − log P(x|A, b) − log P(b) − log P(e)
 * (nats), after Peixoto's microcanonical SBM (Peixoto 2017, Phys Rev E 95:012317) and weighted SBM (Peixoto
 * 2018, Phys Rev E 97:012306), simplified as notes §A.5 propose (flat, not nested). With e_rs the edge counts
 * between blocks (m_rr the edges inside r), e_r the degree sum of block r and n_r its size:
 * <ul>
 *   <li>edges, not degree-corrected: Σ_r e_r log n_r − Σ_{r&lt;s} log e_rs! − Σ_r log (2 m_rr)!!;</li>
 *   <li>edges, degree-corrected: Σ_r log e_r! − Σ_{r&lt;s} log e_rs! − Σ_r log (2 m_rr)!! − Σ_i log k_i!
 *       plus the uniform degree prior Σ_r log multiset(n_r, e_r);</li>
 *   <li>edge counts: log multiset(B(B+1)/2, E);</li>
 *   <li>partition: log N + log C(N−1, B−1) + log N! − Σ_r log n_r!;</li>
 *   <li>weights: per block pair, exponential weights with a Gamma(α, β) prior on the rate, marginal
 *       log Γ(m+α) − log Γ(α) + α log β − (m+α) log(X+β); β = α·(mean edge weight), so the prior mean rate is
 *       the inverse mean weight (with the notes' α = 1, β is the mean weight).</li>
 * </ul>
 * The split into per-block terms, per-block-pair terms and terms of B lets moves and merges be scored from the
 * blocks they touch.
 */
final class DescriptionLength {

    private static final double LOG_TWO = Math.log(2);

    private final boolean degreeCorrected;
    private final int nodes;
    private final int edges;
    private final double alpha;
    private final double beta;
    private final double logGammaAlpha;
    private final double[] logFactorial;
    private final double[] logGammaCountAlpha;

    DescriptionLength(boolean degreeCorrected, int nodes, int edges, double meanWeight, double alpha) {
        this.degreeCorrected = degreeCorrected;
        this.nodes = nodes;
        this.edges = edges;
        this.alpha = alpha;
        this.beta = alpha * meanWeight;
        this.logGammaAlpha = LogGamma.of(alpha);
        int largest = nodes * (nodes + 1) / 2 + 2 * edges + nodes + 2;
        logFactorial = new double[largest + 1];
        for (int k = 2; k <= largest; k++) {
            logFactorial[k] = logFactorial[k - 1] + Math.log(k);
        }
        logGammaCountAlpha = new double[edges + 1];
        for (int m = 0; m <= edges; m++) {
            logGammaCountAlpha[m] = LogGamma.of(m + alpha);
        }
    }

    boolean degreeCorrected() {
        return degreeCorrected;
    }

    /** Terms of one block of {@code size} nodes and degree sum {@code degrees}. */
    double block(int size, int degrees) {
        if (size == 0) {
            return 0;
        }
        double t = -logFactorial[size];
        if (degreeCorrected) {
            t += logFactorial[degrees] + multiset(size, degrees);
        } else {
            t += degrees * Math.log(size);
        }
        return t;
    }

    /** Terms of a pair of distinct blocks with {@code count} edges of total {@code weight}. */
    double between(int count, double weight) {
        return count == 0 ? 0 : -logFactorial[count] - weights(count, weight);
    }

    /** Terms of the {@code count} edges inside one block. */
    double inside(int count, double weight) {
        return count == 0 ? 0 : -logFactorial[count] - count * LOG_TWO - weights(count, weight);
    }

    /** Terms that depend on the number of non-empty blocks. */
    double blocks(int blocks) {
        return logFactorial[nodes - 1] - logFactorial[blocks - 1] - logFactorial[nodes - blocks]
                + multiset(blocks * (blocks + 1) / 2, edges);
    }

    /** Terms constant over partitions: log N + log N! and, degree-corrected, −Σ log k_i!. */
    double constant(int[] degrees) {
        double c = Math.log(nodes) + logFactorial[nodes];
        if (degreeCorrected) {
            for (int k : degrees) {
                c -= logFactorial[k];
            }
        }
        return c;
    }

    private double weights(int count, double total) {
        return logGammaCountAlpha[count] - logGammaAlpha + alpha * Math.log(beta)
                - (count + alpha) * Math.log(total + beta);
    }

    /** log C(n + k − 1, k), the number of multisets of size k from n kinds; 0 when k = 0. */
    private double multiset(int n, int k) {
        return k == 0 ? 0.0 : logFactorial[n + k - 1] - logFactorial[k] - logFactorial[n - 1];
    }
}
