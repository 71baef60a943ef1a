package org.neurobeam.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.confounds.ConfoundRegression;
import org.neurobeam.preprocess.filter.ButterworthDesign;
import org.neurobeam.preprocess.filter.ButterworthFilter;
import org.neurobeam.preprocess.filter.CosineDrift;
import org.neurobeam.preprocess.filter.ZeroPhaseFilter;
import org.neurobeam.preprocess.signal.CensoredVolumeInterpolation;
import org.neurobeam.preprocess.signal.Columns;
import org.neurobeam.preprocess.signal.Detrend;
import org.neurobeam.preprocess.signal.Standardize;

/** The nilearn signal.clean step order, composed from the scipy reference CSVs where possible. */
class SignalCleanerTest {

    private static final double TR = 1.89;
    private static final CleaningConfig BAND_PASS = CleaningConfig.builder()
            .repetitionTimeSeconds(TR).highPassHz(0.01).lowPassHz(0.1).build();

    private static double[][] minus(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int t = 0; t < a.length; t++) {
            for (int c = 0; c < a[0].length; c++) {
                out[t][c] = a[t][c] - b[t][c];
            }
        }
        return out;
    }

    private static double[][] columns(double[][] x, int from, int to) {
        double[][] out = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            out[t] = java.util.Arrays.copyOfRange(x[t], from, to);
        }
        return out;
    }

    @Test
    void defaultsAreDetrendThenSampleZscore() {
        double[][] expected = Standardize.ZSCORE_SAMPLE.apply(
                ReferenceData.table("timeseries/fmri_timeseries.detrend_linear.csv"));
        CleanedSignals out = new SignalCleaner(CleaningConfig.DEFAULTS).clean(ReferenceData.fmri(), null, null);
        double diff = ReferenceData.maxAbsDiff(expected, out.signals());
        assertTrue(diff < 1e-8, "default clean max |diff| " + diff);
        assertEquals(250, out.keptVolumes().length);
        assertTrue(out.warnings().isEmpty());
    }

    @Test
    void detrendsBeforeFilteringAndStandardisesLast() {
        double[][] raw = ReferenceData.fmri();
        double[][] detrended = ReferenceData.table("timeseries/fmri_timeseries.detrend_linear.csv");
        double[][] filteredRaw = ReferenceData.table("timeseries/fmri_timeseries.bandpass_sosfiltfilt.csv");
        double[][] sos = ButterworthDesign.forCutoffs(5, 0.01, 0.1, 1 / TR).sos();
        // filtering is linear: filter(detrend(x)) = filter(x) - filter(x - detrend(x))
        double[][] expected = Standardize.ZSCORE_SAMPLE.apply(
                minus(filteredRaw, ZeroPhaseFilter.sosfiltfilt(sos, minus(raw, detrended))));
        double[][] actual = new SignalCleaner(BAND_PASS).clean(raw, null, null).signals();
        double diff = ReferenceData.maxAbsDiff(expected, actual);
        assertTrue(diff < 1e-8, "detrend -> band-pass -> zscore max |diff| " + diff);
        double[][] otherOrder = Standardize.ZSCORE_SAMPLE.apply(Detrend.LINEAR.apply(filteredRaw));
        assertTrue(ReferenceData.maxAbsDiff(otherOrder, actual) > 1e-3, "the order must matter in this case");
    }

    @Test
    void confoundsAreRemovedOrthogonallyToTheFilter() {
        double[][] raw = ReferenceData.fmri();
        double[][] confounds = columns(raw, 0, 2);
        double[][] signals = columns(raw, 2, raw[0].length);
        double[][] out = new SignalCleaner(BAND_PASS).clean(signals, confounds, null).signals();
        ButterworthFilter filter = ButterworthDesign.forCutoffs(5, 0.01, 0.1, 1 / TR);
        double[][] processed = filter.apply(Detrend.LINEAR.apply(confounds));
        double corr = Stats.maxAbsCorrelation(out, processed);
        assertTrue(corr < 1e-12, "residual correlation with the filtered confounds " + corr);
        double[][] expected = Standardize.ZSCORE_SAMPLE.apply(ConfoundRegression.project(
                filter.apply(Detrend.LINEAR.apply(signals)), ConfoundRegression.scale(processed, true)));
        assertTrue(ReferenceData.maxAbsDiff(expected, out) < 1e-10);
    }

    @Test
    void censoredVolumesAreInterpolatedBeforeFilteringThenDropped() {
        double[][] raw = ReferenceData.fmri();
        boolean[] keep = new boolean[raw.length];
        java.util.Arrays.fill(keep, true);
        for (int t : new int[] {0, 1, 60, 61, 62, 140, 249}) {
            keep[t] = false;
        }
        CleanedSignals out = new SignalCleaner(BAND_PASS).clean(raw, null, keep);
        assertEquals(243, out.signals().length);
        assertEquals(2, out.keptVolumes()[0]);
        double[][] interpolated = CensoredVolumeInterpolation.interpolate(raw, keep);
        double[][] filtered = ButterworthDesign.forCutoffs(5, 0.01, 0.1, 1 / TR)
                .apply(Detrend.LINEAR.apply(interpolated));
        double[][] expected = Standardize.ZSCORE_SAMPLE.apply(Columns.rows(filtered, keep));
        assertTrue(ReferenceData.maxAbsDiff(expected, out.signals()) < 1e-10);

        CleanedSignals trimmed = new SignalCleaner(BAND_PASS.toBuilder().extrapolate(false).build())
                .clean(raw, null, keep);
        assertArrayEquals(out.keptVolumes(), trimmed.keptVolumes());
        assertTrue(ReferenceData.maxAbsDiff(out.signals(), trimmed.signals()) > 1e-6, "edges differ without extrapolation");
    }

    @Test
    void withoutFilterCensoringComesFirst() {
        double[][] raw = ReferenceData.fmri();
        boolean[] keep = new boolean[raw.length];
        for (int t = 0; t < raw.length; t++) {
            keep[t] = t % 10 != 3;
        }
        double[][] expected = Standardize.ZSCORE_SAMPLE.apply(Detrend.LINEAR.apply(Columns.rows(raw, keep)));
        double[][] out = new SignalCleaner(CleaningConfig.DEFAULTS).clean(raw, null, keep).signals();
        assertTrue(ReferenceData.maxAbsDiff(expected, out) < 1e-10);
    }

    @Test
    void cosineFilterRegressesOutTheDctDrift() {
        double[][] raw = ReferenceData.fmri();
        CleaningConfig cosine = CleaningConfig.builder().filter(FilterType.COSINE).highPassHz(0.01)
                .repetitionTimeSeconds(TR).standardize(Standardize.NONE).build();
        double[][] out = new SignalCleaner(cosine).clean(raw, null, null).signals();
        double[] frameTimes = new double[raw.length];
        for (int t = 0; t < raw.length; t++) {
            frameTimes[t] = t * TR;
        }
        double[][] drift = CosineDrift.nilearn(0.01, frameTimes).basis();
        assertEquals(10, drift[0].length, "floor(2 * 250 * 0.01 * 1.89) = 9 cosines + constant");
        double corr = Stats.maxAbsCorrelation(out, columns(drift, 0, 9));
        assertTrue(corr < 1e-12, "residual correlation with the cosines " + corr);
    }

    @Test
    void pscAddsBackTheMeanThatDetrendingRemoved() {
        int n = 100;
        double[][] x = new double[n][1];
        for (int t = 0; t < n; t++) {
            x[t][0] = 50 + 5 * Math.sin(2 * Math.PI * 5 * t / n) + 0.01 * t;
        }
        CleaningConfig psc = CleaningConfig.builder().standardize(Standardize.PSC).build();
        double[][] out = new SignalCleaner(psc).clean(x, null, null).signals();
        double[][] detrended = Detrend.LINEAR.apply(x);
        double mean = Columns.mean(x)[0];
        for (int t = 0; t < n; t++) {
            assertEquals(detrended[t][0] / mean * 100, out[t][0], 1e-12);
        }
    }

    @Test
    void shapeErrorsNameTheArgument() {
        SignalCleaner cleaner = new SignalCleaner(CleaningConfig.DEFAULTS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cleaner.clean(new double[10][2], new double[9][1], null));
        assertEquals("confounds: confounds have 9 time points, signals have 10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cleaner.clean(new double[10][2], null, new boolean[10]));
        assertEquals("sample_mask: all 10 volumes are censored", e.getMessage());
    }
}
