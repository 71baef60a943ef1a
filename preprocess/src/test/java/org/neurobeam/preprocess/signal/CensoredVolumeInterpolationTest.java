package org.neurobeam.preprocess.signal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neurobeam.preprocess.Fixtures;
import org.neurobeam.preprocess.ReferenceData;

/** Censored-volume interpolation against scipy's not-a-knot CubicSpline (fixture from make_spline_fixture.py). */
class CensoredVolumeInterpolationTest {

    @Test
    void matchesScipyCubicSplineWithExtrapolation() throws Exception {
        JsonNode fixture = Fixtures.json("signal/spline_interpolation.json");
        boolean[] keep = new boolean[fixture.get("keep").size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = fixture.get("keep").get(i).asBoolean();
        }
        double[][] out = CensoredVolumeInterpolation.interpolate(Fixtures.matrix(fixture.get("values")), keep);
        double diff = ReferenceData.maxAbsDiff(Fixtures.matrix(fixture.get("expected")), out);
        assertTrue(diff < 1e-10, "spline max |diff| " + diff);
    }

    @Test
    void reproducesACubicExactly() {
        int n = 30;
        double[][] x = new double[n][1];
        boolean[] keep = new boolean[n];
        for (int t = 0; t < n; t++) {
            x[t][0] = 1 + 0.5 * t - 0.1 * t * t + 0.003 * t * t * t;
            keep[t] = t % 4 != 1 && t != 0 && t != n - 1;
        }
        double[][] damaged = Columns.copy(x);
        for (int t = 0; t < n; t++) {
            damaged[t][0] = keep[t] ? x[t][0] : 1e6;
        }
        assertTrue(ReferenceData.maxAbsDiff(x, CensoredVolumeInterpolation.interpolate(damaged, keep)) < 1e-9);
    }
}
