package org.neurobeam.preprocess.ephys.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** MNE {@code _smart_pad(..., 'reflect_limited')} semantics, including zero fill beyond the signal. */
class ReflectLimitedPadTest {

    @Test
    void oddReflectionThenZeros() {
        double[] x = {1, 2, 4};
        assertArrayEquals(new double[] {0, 0, -2, 0, 1, 2, 4, 6, 7, 0, 0}, ReflectLimitedPad.pad(x, 4, 4), 0);
        assertArrayEquals(new double[] {0, 1, 2, 4, 6}, ReflectLimitedPad.pad(x, 1, 1), 0);
        assertArrayEquals(x, ReflectLimitedPad.pad(x, 0, 0), 0);
    }
}
