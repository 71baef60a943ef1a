package org.neurobeam.ingest.suite2p;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.testing.SharedData;

/** The corpus's suite2p plane folder against {@code calcium.ref.json} (numpy): elements exact, sums 1e-12. */
class Suite2pReferenceTest {

    private static final double REL = 1e-12;
    private static final JsonNode REF = SharedData.json(SharedData.file("calcium/calcium.ref.json"));
    private static Suite2pPlane plane;

    @BeforeAll
    static void open() throws IOException {
        plane = Suite2pPlane.open(SharedData.file("calcium/suite2p/plane0"));
    }

    @Test
    void dimensionsAndRate() {
        assertEquals(REF.get("n_rois").asInt(), plane.rois());
        assertEquals(REF.get("n_frames").asLong(), plane.frames());
        assertEquals(REF.get("fs_hz").asDouble(), plane.frameRate(), 0.0);
        assertEquals(Modality.CALCIUM, plane.modality());
    }

    @ParameterizedTest
    @EnumSource(Suite2pTrace.class)
    void tracesMatchNumpy(Suite2pTrace trace) throws IOException {
        JsonNode ref = REF.get(switch (trace) {
            case F -> "F";
            case FNEU -> "Fneu";
            case SPKS -> "spks";
        });
        for (int first = 0; first < plane.rois(); first += 5) {
            int count = Math.min(5, plane.rois() - first);
            double[][] rows = plane.read(trace, first, count);
            for (int r = 0; r < count; r++) {
                int roi = first + r;
                double[] x = rows[r];
                assertEquals(plane.frames(), x.length);
                assertArrayEquals(SharedData.numbers(ref.get("first_10").get(roi)), Arrays.copyOf(x, 10), 0.0);
                double sum = Arrays.stream(x).sum();
                double mean = sum / x.length;
                double sq = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
                assertRelative(ref.get("sum").get(roi).asDouble(), sum);
                assertRelative(ref.get("mean").get(roi).asDouble(), mean);
                assertRelative(ref.get("std_ddof0").get(roi).asDouble(), Math.sqrt(sq / x.length));
                assertEquals(ref.get("min").get(roi).asDouble(), Arrays.stream(x).min().orElseThrow(), 0.0);
                assertEquals(ref.get("max").get(roi).asDouble(), Arrays.stream(x).max().orElseThrow(), 0.0);
            }
        }
    }

    @Test
    void isCell() {
        JsonNode ref = REF.get("iscell");
        IsCell isCell = plane.isCell();
        for (int roi = 0; roi < plane.rois(); roi++) {
            double[] row = SharedData.numbers(ref.get("values").get(roi));
            assertEquals(row[0], isCell.label()[roi], 0.0);
            assertEquals(row[1], isCell.probability()[roi], 0.0);
        }
        assertEquals(ref.get("n_cells").asInt(), isCell.cellIndices().length);
        assertArrayEquals(ints(ref.get("cell_indices")), isCell.cellIndices());
    }

    @Test
    void opsScalars() {
        JsonNode ref = REF.get("ops_scalars");
        Suite2pOps ops = plane.ops();
        assertEquals(ref.get("fs").asDouble(), ops.fs(), 0.0);
        assertEquals(ref.get("nframes").asLong(), ops.nframes());
        assertEquals(ref.get("Ly").asInt(), ops.ly());
        assertEquals(ref.get("Lx").asInt(), ops.lx());
        assertEquals(ref.get("tau").asDouble(), ops.tau(), 0.0);
        assertEquals(ref.get("neucoeff").asDouble(), ops.neucoeff(), 0.0);
        assertEquals(ref.get("baseline").asText(), ops.baseline());
        assertEquals(ref.get("win_baseline").asDouble(), ops.winBaseline(), 0.0);
        assertEquals(ref.get("sig_baseline").asDouble(), ops.sigBaseline(), 0.0);
        assertEquals(ref.get("prctile_baseline").asDouble(), ops.prctileBaseline(), 0.0);
        for (String key : List.of("nplanes", "nchannels", "functional_chan")) {
            assertEquals(ref.get(key).asLong(), ((Number) ops.raw().get(key)).longValue(), key);
        }
        for (String key : List.of("save_path", "nwb_file", "note")) {
            assertEquals(ref.get(key).asText(), ops.raw().get(key), key);
        }
        assertEquals(List.of(), ops.raw().get("data_path"));
    }

    @Test
    void meanImage() {
        JsonNode ref = REF.get("ops_meanImg");
        NpyArray image = plane.ops().meanImage().orElseThrow();
        assertArrayEquals(new long[] {ref.get("shape").get(0).asLong(), ref.get("shape").get(1).asLong()},
                image.shape());
        assertEquals("<f4", image.dtype().descr());
        assertEquals(ref.get("value_0_0").asDouble(), image.getDouble(0), 0.0);
        assertRelative(ref.get("sum").asDouble(), Arrays.stream(image.toDoubles()).sum());
    }

    @Test
    void stat() {
        JsonNode ref = REF.get("stat");
        assertEquals(ref.size(), plane.stat().size());
        for (int roi = 0; roi < ref.size(); roi++) {
            JsonNode r = ref.get(roi);
            RoiStat s = plane.stat().get(roi);
            assertArrayEquals(ints(r.get("med")), s.med());
            assertEquals(r.get("npix").asInt(), s.npix());
            assertEquals(s.npix(), s.ypix().length);
            assertEquals(r.get("radius").asDouble(), s.radius(), 0.0);
            assertArrayEquals(ints(r.get("ypix_first_5")), Arrays.copyOf(s.ypix(), 5));
            assertArrayEquals(ints(r.get("xpix_first_5")), Arrays.copyOf(s.xpix(), 5));
            assertRelative(r.get("lam_sum").asDouble(), Arrays.stream(s.lam()).sum());
            TreeSet<String> keys = new TreeSet<>();
            r.get("keys").forEach(k -> keys.add(k.asText()));
            assertEquals(keys, new TreeSet<>(s.raw().keySet()));
            assertFalse(((Map<?, ?>) s.raw()).isEmpty());
        }
    }

    private static void assertRelative(double expected, double actual) {
        assertTrue(Math.abs(actual - expected) <= REL * Math.abs(expected),
                () -> "expected " + expected + " got " + actual);
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }
}
