package org.neurobeam.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.signal.Standardize;

/** Defaults equal nilearn signal.clean's; invalid combinations are refused with the option named. */
class CleaningConfigTest {

    @Test
    void defaultsAreNilearns() {
        CleaningConfig d = CleaningConfig.DEFAULTS;
        assertTrue(d.detrend());
        assertEquals(Standardize.ZSCORE_SAMPLE, d.standardize());
        assertEquals(FilterType.BUTTERWORTH, d.filter());
        assertNull(d.lowPassHz());
        assertNull(d.highPassHz());
        assertTrue(d.standardizeConfounds());
        assertTrue(d.extrapolate());
        assertFalse(d.filters());
    }

    @Test
    void filteringRequiresTheRepetitionTime() {
        assertMessage("t_r: the repetition time is required when low_pass or high_pass is set",
                () -> CleaningConfig.builder().lowPassHz(0.1).build());
    }

    @Test
    void invalidCombinationsNameTheOption() {
        assertMessage("high_pass: high_pass (0.2 Hz) must be lower than low_pass (0.1 Hz)",
                () -> CleaningConfig.builder().repetitionTimeSeconds(2.0).highPassHz(0.2).lowPassHz(0.1).build());
        assertMessage("low_pass: the cosine filter is high-pass only; use filter=butterworth for a low-pass",
                () -> CleaningConfig.builder().repetitionTimeSeconds(2.0).filter(FilterType.COSINE)
                        .highPassHz(0.01).lowPassHz(0.1).build());
        assertMessage("high_pass: the cosine filter needs a high_pass cut-off",
                () -> CleaningConfig.builder().filter(FilterType.COSINE).build());
        assertMessage("t_r: expected a positive repetition time in seconds, got -2.0",
                () -> CleaningConfig.builder().repetitionTimeSeconds(-2.0).build());
        assertMessage("low_pass: expected a positive frequency in Hz, got 0.0",
                () -> CleaningConfig.builder().repetitionTimeSeconds(2.0).lowPassHz(0.0).build());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable build) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, build).getMessage());
    }
}
