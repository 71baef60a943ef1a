package org.neurobeam.connectome.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Notes §B.7: the M-step's derivatives against central finite differences. The score ∂ log p/∂η of every family
 * and link; the expected information, which for a density linear in x equals −∂² log p/∂η² at x = E[x] = g(η);
 * and the Fisher-scoring fit, whose finite-difference gradient must vanish at the returned optimum.
 */
class GradientTest {

    private static final double H = 1e-5;

    @Test
    void scoreAndInformationMatchFiniteDifferences() {
        for (Emission emission : Emission.values()) {
            for (Link link : Link.values()) {
                for (double eta : new double[] {-2.5, -0.4, 0.3, 1.7}) {
                    double variance = 0.7;
                    double x = emission == Emission.POISSON ? 2 : 0.9;
                    double numeric = (emission.logDensity(x, eta + H, link, variance)
                            - emission.logDensity(x, eta - H, link, variance)) / (2 * H);
                    String where = emission + " " + link + " at " + eta;
                    assertEquals(numeric, emission.score(x, eta, link, variance), 1e-6, where);
                    double mean = emission == Emission.POISSON ? link.rate(eta) : eta;
                    double curvature = (emission.logDensity(mean, eta + H, link, variance)
                            - 2 * emission.logDensity(mean, eta, link, variance)
                            + emission.logDensity(mean, eta - H, link, variance)) / (H * H);
                    assertEquals(-curvature, emission.fisher(eta, link, variance),
                            1e-4 * Math.max(1, Math.abs(curvature)), where);
                }
            }
        }
    }

    @Test
    void weightedFitIsStationary() {
        Random random = new Random(9L);
        double[][] counts = new double[3000][3];
        for (double[] bin : counts) {
            for (int n = 0; n < bin.length; n++) {
                bin[n] = random.nextInt(3);
            }
        }
        HmmGlmConfig config = HmmGlmConfig.defaults(1).withLink(Link.SCALED_SIGMOID);
        SpikeData data = SpikeData.of(List.<double[][]>of(counts), config, 0, true);
        double[] weight = new double[counts.length];
        for (int t = 0; t < weight.length; t++) {
            weight[t] = random.nextDouble();
        }
        double[] centre = {0, 0.2, -0.1, 0.3};
        WeightedRegression regression = new WeightedRegression(data, weight, 1, Emission.POISSON, Link.SCALED_SIGMOID);
        double[] coef = new double[4];
        regression.fit(coef, 1, 4, centre, null, 50);
        for (int j = 0; j < coef.length; j++) {
            double[] up = coef.clone();
            double[] down = coef.clone();
            up[j] += H;
            down[j] -= H;
            double gradient = (regression.objective(up, 1, 4, centre) - regression.objective(down, 1, 4, centre))
                    / (2 * H);
            assertTrue(Math.abs(gradient) < 1e-4, "coefficient " + j + ": gradient " + gradient);
        }
    }
}
