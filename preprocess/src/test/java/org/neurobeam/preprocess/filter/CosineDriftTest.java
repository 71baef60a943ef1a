package org.neurobeam.preprocess.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.ReferenceData;

/** DCT bases against SPM's spm_dctmtx outputs and SPM's cosine drift (hrf/ in the shared corpus). */
class CosineDriftTest {

    @Test
    void spmDctMatrixMatchesSpm() {
        for (int n : new int[] {5, 10, 100}) {
            double[][] expected = ReferenceData.table("hrf/dct_" + n + ".txt");
            double diff = ReferenceData.maxAbsDiff(expected, CosineDrift.spmDctMatrix(n, n));
            // the files are printed with 8 significant digits
            assertTrue(diff < 1e-8, "dct_" + n + " max |diff| " + diff);
        }
    }

    @Test
    void nilearnDriftHasSpmsCosinesPlusOneAndTheConstantLast() {
        double[][] spm = ReferenceData.table("hrf/spm_cosine_drift_nt20_dt1_hcut10s.csv");
        double[] frameTimes = new double[20];
        for (int i = 0; i < 20; i++) {
            frameTimes[i] = i;
        }
        CosineDrift drift = CosineDrift.nilearn(0.1, frameTimes);
        double[][] basis = drift.basis();
        assertEquals(5, basis[0].length, "floor(2 * 20 * 0.1 * 1) = 4 cosines + constant");
        assertTrue(drift.warnings().isEmpty());
        double max = 0;
        for (int t = 0; t < 20; t++) {
            assertEquals(1.0, basis[t][4]);
            for (int k = 0; k < 3; k++) {
                max = Math.max(max, Math.abs(spm[t][k + 1] - basis[t][k]));
            }
        }
        assertTrue(max < 1e-12, "SPM drift max |diff| " + max);
    }

    @Test
    void saturatingCutoffWarnsAndIsCappedAtNMinusOneCosines() {
        double[] frameTimes = {0, 2, 4, 6, 8, 10};
        CosineDrift drift = CosineDrift.nilearn(0.3, frameTimes);
        assertEquals(1, drift.warnings().size());
        assertEquals(6, drift.basis()[0].length);
    }
}
