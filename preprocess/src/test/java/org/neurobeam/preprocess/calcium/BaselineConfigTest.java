package org.neurobeam.preprocess.calcium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Defaults equal suite2p's default_ops, suite2p's window rounding, and each method's dispatch. */
class BaselineConfigTest {

    @Test
    void defaultsAreSuite2ps() {
        BaselineConfig b = BaselineConfig.defaults();
        assertEquals(BaselineMethod.MAXIMIN, b.method());
        assertEquals(60, b.windowSeconds());
        assertEquals(10, b.sigmaFrames());
        assertEquals(8, b.percentile());
        assertEquals(0.7, CalciumConfig.defaults().neuropilCoefficient());
        assertEquals(b, CalciumConfig.defaults().baseline());
        assertEquals(1800, b.windowFrames(30));
        assertEquals(1798, b.windowFrames(29.97));
        assertEquals(BaselineMethod.CONSTANT_PERCENTILE, BaselineMethod.fromName("constant_prctile"));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BaselineMethod.fromName("constant"));
        assertThrows(IllegalArgumentException.class, () -> BaselineConfig.defaults().withPercentile(-1));
        assertThrows(IllegalArgumentException.class, () -> BaselineConfig.defaults().withWindowSeconds(0));
        assertThrows(IllegalArgumentException.class, () -> BaselineConfig.defaults().withWindowSeconds(0.01).windowFrames(30));
        assertThrows(IllegalArgumentException.class, () -> CalciumConfig.defaults().withNeuropilCoefficient(Double.NaN));
    }

    @Test
    void methodsDispatch() {
        double[] x = {5, 1, 4, 2, 8, 7, 3, 6};
        BaselineConfig sliding = new BaselineConfig(BaselineMethod.SLIDING_PERCENTILE, 3, 0, 0);
        assertArrayEquals(ExtremumFilter1d.minimum(x, 3), sliding.estimate(x, 1));
        BaselineConfig maximin = new BaselineConfig(BaselineMethod.MAXIMIN, 3, 0, 8);
        assertArrayEquals(ExtremumFilter1d.maximum(ExtremumFilter1d.minimum(x, 3), 3), maximin.estimate(x, 1));
        double[] constant = maximin.withMethod(BaselineMethod.CONSTANT_PERCENTILE).withPercentile(50).estimate(x, 1);
        assertArrayEquals(new double[] {4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5}, constant);
    }
}
