package org.neurobeam.preprocess.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.ReferenceData;

/** z-scores against scipy.stats.zscore (ddof 0 and 1) and closed-form percent signal change. */
class StandardizeTest {

    @Test
    void zscoreMatchesScipyWithPopulationStd() {
        double[][] expected = ReferenceData.table("timeseries/fmri_timeseries.zscore_ddof0.csv");
        double diff = ReferenceData.maxAbsDiff(expected, Standardize.ZSCORE.apply(ReferenceData.fmri()));
        assertTrue(diff < 1e-8, "zscore ddof 0 max |diff| " + diff);
    }

    @Test
    void zscoreSampleMatchesScipyWithSampleStd() {
        double[][] expected = ReferenceData.table("timeseries/fmri_timeseries.zscore_ddof1.csv");
        double diff = ReferenceData.maxAbsDiff(expected, Standardize.ZSCORE_SAMPLE.apply(ReferenceData.fmri()));
        assertTrue(diff < 1e-8, "zscore ddof 1 max |diff| " + diff);
    }

    @Test
    void pscOfConstantPlusSineIsTheScaledSine() {
        int n = 100;
        double[][] x = new double[n][3];
        for (int t = 0; t < n; t++) {
            double s = Math.sin(2 * Math.PI * 5 * t / n);
            x[t][0] = 50 + 5 * s;
            x[t][1] = -20 + 2 * s;
            x[t][2] = s;
        }
        double[][] psc = Standardize.PSC.apply(x);
        for (int t = 0; t < n; t++) {
            double s = Math.sin(2 * Math.PI * 5 * t / n);
            assertEquals(10 * s, psc[t][0], 1e-12);
            assertEquals(10 * s, psc[t][1], 1e-12);
            assertEquals(0, psc[t][2], "a zero-mean column is set to 0, as nilearn");
        }
        assertEquals(1, Standardize.meanlessColumns(x));
    }

    @Test
    void constantColumnsAreOnlyDemeanedAndNoneIsIdentity() {
        double[][] x = {{3, 1}, {3, 2}, {3, 4}};
        double[][] z = Standardize.ZSCORE_SAMPLE.apply(x);
        assertEquals(0, z[0][0]);
        assertEquals(-(4.0 / 3) / Math.sqrt(7.0 / 3), z[0][1], 1e-15);
        assertEquals(0, ReferenceData.maxAbsDiff(x, Standardize.NONE.apply(x)));
    }

    @Test
    void strategiesAreNamedAsInNilearn() {
        assertEquals(Standardize.ZSCORE_SAMPLE, Standardize.fromName("zscore_sample"));
        assertEquals("psc", Standardize.PSC.nilearnName());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Standardize.fromName("robust"));
        assertEquals("standardize: expected one of [zscore_sample, zscore, psc, none], got 'robust'", e.getMessage());
    }
}
