package org.neurobeam.preprocess.confounds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** nilearn load_confounds scrub rule: thresholds, then segments shorter than `scrub` censored. */
class MotionOutliersTest {

    private static boolean[] mask(String pattern) {
        boolean[] keep = new boolean[pattern.length()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = pattern.charAt(i) == '.';
        }
        return keep;
    }

    @Test
    void thresholdsAreStrictAndMissingValuesAreNotOutliers() {
        double[] fd = {Double.NaN, 0.5, 0.51, 0.1, 0.1, 0.1};
        double[] dvars = {Double.NaN, 1.0, 1.0, 1.5, 1.6, 1.0};
        assertArrayEquals(mask("..x.x."), MotionOutliers.sampleMask(fd, dvars, 0.5, 1.5, 0));
    }

    @Test
    void shortSegmentsBetweenAndAroundOutliersAreCensored() {
        //                       0123456789012345678901
        double[] fd = fd("......x..x.......x....");
        double[] dvars = new double[fd.length];
        assertArrayEquals(mask("......xxxx.......xxxxx"), MotionOutliers.sampleMask(fd, dvars, 0.5, 1.5, 5));
        assertArrayEquals(mask("xxxxxxxxxx.......xxxxx"), MotionOutliers.sampleMask(fd, dvars, 0.5, 1.5, 7));
    }

    @Test
    void noOutlierMeansNothingCensoredWhateverTheSegmentRule() {
        double[] fd = fd("...");
        assertArrayEquals(mask("..."), MotionOutliers.sampleMask(fd, new double[3], 0.5, 1.5, 5));
    }

    @Test
    void lengthsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> MotionOutliers.sampleMask(new double[3], new double[2], 0.5, 1.5, 5));
    }

    private static double[] fd(String pattern) {
        double[] fd = new double[pattern.length()];
        for (int i = 0; i < fd.length; i++) {
            fd[i] = pattern.charAt(i) == 'x' ? 0.9 : 0.1;
        }
        return fd;
    }
}
