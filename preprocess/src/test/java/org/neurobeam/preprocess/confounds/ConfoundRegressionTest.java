package org.neurobeam.preprocess.confounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.ReferenceData;
import org.neurobeam.preprocess.Stats;
import org.neurobeam.preprocess.signal.Detrend;

/** Orthogonal projection removes planted confounds exactly; constant and collinear confounds are dropped. */
class ConfoundRegressionTest {

    private static final int N = 200;

    @Test
    void plantedConfoundsAreRemovedExactly() {
        Random random = new Random(11);
        double[][] signal = new double[N][3];
        double[][] confounds = new double[N][2];
        double[][] mixed = new double[N][3];
        for (int t = 0; t < N; t++) {
            confounds[t][0] = Math.sin(t / 7.0) + 0.1 * random.nextGaussian();
            confounds[t][1] = random.nextGaussian();
            for (int c = 0; c < 3; c++) {
                signal[t][c] = random.nextGaussian();
                mixed[t][c] = signal[t][c] + (c + 1) * 3 * confounds[t][0] - 2 * confounds[t][1];
            }
        }
        double[][] scaled = ConfoundRegression.scale(confounds, true);
        double[][] cleaned = ConfoundRegression.project(mixed, scaled);
        double corr = Stats.maxAbsCorrelation(cleaned, confounds);
        assertTrue(corr < 1e-12, "residual correlation " + corr);
        // z-scored confounds carry no constant, so the confounds' means stay as an offset
        double diff = ReferenceData.maxAbsDiff(Detrend.CONSTANT.apply(ConfoundRegression.project(signal, scaled)),
                Detrend.CONSTANT.apply(cleaned));
        assertTrue(diff < 1e-12, "cleaned differs from cleaned signal without confounds: " + diff);
    }

    @Test
    void constantAndDuplicateColumnsAreDropped() {
        Random random = new Random(5);
        double[][] signals = new double[N][1];
        double[][] one = new double[N][1];
        double[][] redundant = new double[N][3];
        for (int t = 0; t < N; t++) {
            signals[t][0] = random.nextGaussian() + 10;
            one[t][0] = random.nextGaussian();
            redundant[t][0] = one[t][0];
            redundant[t][1] = 4.0;
            redundant[t][2] = 2 * one[t][0];
        }
        double[][] expected = ConfoundRegression.project(signals, ConfoundRegression.scale(one, true));
        double[][] actual = ConfoundRegression.project(signals, ConfoundRegression.scale(redundant, true));
        assertTrue(ReferenceData.maxAbsDiff(expected, actual) < 1e-12);
        // the z-scored constant is zero and must not remove the signal's mean
        assertEquals(10, org.neurobeam.preprocess.signal.Columns.mean(actual)[0], 0.2);
    }

    @Test
    void maxAbsScalingWithoutStandardisation() {
        double[][] scaled = ConfoundRegression.scale(new double[][] {{2, 0}, {-4, 0}}, false);
        assertEquals(0.5, scaled[0][0]);
        assertEquals(-1, scaled[1][0]);
        assertEquals(0, scaled[1][1]);
    }

    @Test
    void mismatchedLengthsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfoundRegression.project(new double[10][1], new double[9][1]));
        assertTrue(e.getMessage().startsWith("confounds: "), e.getMessage());
    }
}
