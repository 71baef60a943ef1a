package org.neurobeam.connectome.states;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad inputs fail early with messages that name the problem. */
class InputValidationTest {

    private static final HmmGlm TWO_STATES = new HmmGlm(HmmGlmConfig.defaults(2));

    private static void fails(String fragment, Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void poissonCountsMustBeNonNegativeIntegers() {
        fails("non-negative integers", () -> TWO_STATES.fit(List.<double[][]>of(new double[][] {{1, -1}, {0, 2}})));
        fails("non-negative integers", () -> TWO_STATES.fit(List.<double[][]>of(new double[][] {{1, 0.5}, {0, 2}})));
        fails("is NaN", () -> TWO_STATES.fit(List.<double[][]>of(new double[][] {{1, Double.NaN}, {0, 2}})));
    }

    @Test
    void moreStatesThanBins() {
        fails("5 states exceed the 2 bins", () -> new HmmGlm(HmmGlmConfig.defaults(5))
                .fit(List.<double[][]>of(new double[][] {{1, 1}, {0, 2}})));
    }

    @Test
    void silentUnit() {
        fails("unit 1 never fires", () -> TWO_STATES.fit(List.<double[][]>of(new double[][] {{1, 0}, {2, 0}})));
    }

    @Test
    void raggedOrEmpty() {
        fails("has 1 units, expected 2", () -> TWO_STATES.fit(List.<double[][]>of(new double[][] {{1, 1}, {2}})));
        fails("at least one sequence", () -> TWO_STATES.fit(List.of()));
    }

    @Test
    void invalidConfiguration() {
        fails("states", () -> HmmGlmConfig.defaults(0));
        fails("transitionFloor", () -> new HmmGlmConfig(2, Emission.POISSON, Link.EXP, WeightPrior.NONE,
                HistoryBasis.paperDefault(), 10, 0, 1, 0, 0.98, 0.6, 1.0 / 3, 1, 1, 5));
        fails("strengthSigma", () -> new HmmGlmConfig(2, Emission.POISSON, Link.EXP, WeightPrior.ONE_HOT,
                HistoryBasis.paperDefault(), 10, 0, 1, 0, 0.98, 0, 1.0 / 3, 1, 0, 5));
        fails("decay", () -> HistoryBasis.exponential(5, -1));
    }
}
