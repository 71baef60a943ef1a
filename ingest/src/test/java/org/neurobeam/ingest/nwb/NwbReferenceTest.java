package org.neurobeam.ingest.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyReader;
import org.neurobeam.ingest.testing.SharedData;

/** The corpus's {@code ophys_constructed.nwb} against {@code calcium.ref.json} (h5py) and the suite2p {@code .npy} files. */
class NwbReferenceTest {

    private static final JsonNode REF = SharedData.json(SharedData.file("calcium/calcium.ref.json"));
    private static final String SEGMENTATION = "/processing/ophys/ImageSegmentation/PlaneSegmentation";
    private static NwbFile nwb;

    @BeforeAll
    static void open() throws IOException {
        nwb = NwbFile.open(SharedData.file("calcium/" + REF.get("nwb").get("file").asText()));
    }

    @AfterAll
    static void close() {
        nwb.close();
    }

    @Test
    void rootAttributes() {
        assertEquals("2.6.0", nwb.nwbVersion());
        assertJson(REF.get("nwb_root_attrs"), nwb.rootAttributes(), "/");
    }

    /** Every entry h5py listed: same paths, kinds, shapes, dtypes, attributes, references, scalar values. */
    @Test
    void inventoryMatchesH5py() {
        JsonNode entries = REF.get("nwb").get("entries");
        Map<String, NwbObject> ours = nwb.inventory().stream()
                .collect(Collectors.toMap(NwbObject::path, Function.identity()));
        TreeSet<String> expectedPaths = new TreeSet<>();
        for (JsonNode entry : entries) {
            String path = entry.get("path").asText();
            expectedPaths.add(path);
            NwbObject object = ours.get(path);
            assertNotNull(object, path);
            assertEquals(entry.get("kind").asText(), object.kind(), path);
            if (object.kind().equals("soft link")) {
                assertEquals(entry.get("target").asText(), object.linkTarget(), path);
                continue;
            }
            assertJson(entry.get("attrs"), object.attributes(), path);
            JsonNode type = entry.get("attrs").get("neurodata_type");
            assertEquals(type == null ? null : type.asText(), object.neurodataType(), path);
            if (object.kind().equals("dataset")) {
                assertArrayEquals(longs(entry.get("shape")), object.shape(), path);
                assertEquals(entry.get("dtype").asText(), object.dtype(), path);
                if (entry.has("value")) {
                    assertJsonValue(entry.get("value"), object.value(), path);
                } else {
                    assertNull(object.value(), path);
                }
            }
        }
        assertEquals(expectedPaths, new TreeSet<>(ours.keySet()));
    }

    @ParameterizedTest
    @CsvSource({"Fluorescence, F.npy", "Neuropil, Fneu.npy", "Deconvolved, spks.npy"})
    void roiResponseSeriesEqualTheTracesTransposed(String container, String npy) throws IOException {
        JsonNode check = REF.get("nwb").get("checks").get(container);
        assertTrue(check.get("equals_npy_transposed").asBoolean());
        RoiResponseSeries rrs = nwb.roiResponseSeries("/processing/ophys/" + container + "/plane0");
        NwbTimeSeries series = rrs.series();
        assertEquals(check.get("data_shape_time_first").get(0).asLong(), series.length());
        assertEquals(check.get("data_shape_time_first").get(1).asInt(), series.columns());
        assertEquals(SEGMENTATION, rrs.roiTable());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, rrs.rois());
        assertEquals(Modality.CALCIUM, rrs.modality());
        NpyArray traces = NpyReader.read(SharedData.file("calcium/suite2p/plane0/" + npy));
        int frames = (int) series.length();
        for (int start = 0; start < frames; start += 128) {
            int count = Math.min(128, frames - start);
            double[][] chunk = series.read(start, count);
            for (int t = 0; t < count; t++) {
                for (int roi = 0; roi < series.columns(); roi++) {
                    assertEquals(traces.getDouble(roi * frames + start + t), chunk[t][roi], 0.0);
                }
            }
        }
        for (int first = 0; first < series.columns(); first += 5) {
            int count = Math.min(5, series.columns() - first);
            double[][] block = series.readColumnsInUnits(first, count);
            for (int u = 0; u < count; u++) {
                for (int t = 0; t < frames; t++) {
                    assertEquals(traces.getDouble((first + u) * frames + t), block[u][t], 0.0);
                }
            }
        }
    }

    @Test
    void timing() {
        NwbTiming regular = nwbSeries("Fluorescence").timing();
        assertTrue(regular.isRegular());
        assertEquals(30.0, regular.rate(), 0.0);
        assertEquals(0.0, regular.startingTime(), 0.0);
        NwbTiming explicit = nwbSeries("Deconvolved").timing();
        assertFalse(explicit.isRegular());
        JsonNode ref = REF.get("nwb").get("checks").get("timestamps");
        assertArrayEquals(SharedData.numbers(ref.get("first_5")), explicit.times(0, 5), 0.0);
        assertEquals(ref.get("last").asDouble(), explicit.times(899, 1)[0], 0.0);
    }

    @Test
    void planeSegmentation() throws IOException {
        JsonNode ref = REF.get("nwb").get("checks").get("pixel_mask");
        PlaneSegmentation segmentation = nwb.planeSegmentation(SEGMENTATION);
        assertEquals(12, segmentation.size());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, segmentation.table().ids());
        assertEquals(List.of("pixel_mask", "iscell"), segmentation.table().columns());
        int rows = 0;
        for (int roi = 0; roi < 12; roi++) {
            PixelMask mask = segmentation.pixelMask(roi);
            rows += mask.x().length;
            assertEquals(ref.get("index").get(roi).asInt(), rows);
            assertEquals(REF.get("stat").get(roi).get("npix").asInt(), mask.x().length);
        }
        assertEquals(ref.get("n_rows").asInt(), rows);
        PixelMask roi0 = segmentation.pixelMask(0);
        for (int i = 0; i < 3; i++) {
            JsonNode pixel = ref.get("roi0_first_3").get(i);
            assertEquals(pixel.get(0).asLong(), roi0.x()[i]);
            assertEquals(pixel.get(1).asLong(), roi0.y()[i]);
            assertEquals(pixel.get(2).asDouble(), roi0.weight()[i], 0.0);
        }
        double[][] iscell = segmentation.table().matrix("iscell");
        for (int roi = 0; roi < 12; roi++) {
            assertArrayEquals(SharedData.numbers(REF.get("iscell").get("values").get(roi)), iscell[roi], 0.0);
        }
    }

    @Test
    void ophysSeriesAreFound() {
        assertEquals(List.of("/processing/ophys/Deconvolved/plane0", "/processing/ophys/Fluorescence/plane0",
                "/processing/ophys/Neuropil/plane0"), nwb.ophysSeriesPaths());
    }

    private static NwbTimeSeries nwbSeries(String container) {
        try {
            return nwb.roiResponseSeries("/processing/ophys/" + container + "/plane0").series();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code expected} (a JSON object) equals {@code actual} key by key. */
    static void assertJson(JsonNode expected, Map<String, Object> actual, String where) {
        TreeSet<String> keys = new TreeSet<>();
        for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
            String key = it.next();
            keys.add(key);
            assertJsonValue(expected.get(key), actual.get(key), where + "@" + key);
        }
        assertEquals(keys, new TreeSet<>(actual.keySet()), where);
    }

    static void assertJsonValue(JsonNode expected, Object actual, String where) {
        if (expected.isArray()) {
            List<?> list = assertInstanceOf(List.class, actual, where);
            assertEquals(expected.size(), list.size(), where);
            for (int i = 0; i < list.size(); i++) {
                assertJsonValue(expected.get(i), list.get(i), where + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertEquals(expected.asDouble(), assertInstanceOf(Number.class, actual, where).doubleValue(), 0.0, where);
        } else if (expected.isBoolean()) {
            assertEquals(expected.asBoolean(), actual, where);
        } else {
            assertEquals(expected.asText(), actual, where);
        }
    }

    static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
