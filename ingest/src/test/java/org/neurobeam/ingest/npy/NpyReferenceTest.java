package org.neurobeam.ingest.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurobeam.ingest.testing.SharedData;

/** The suite2p plane folder of the corpus read as plain {@code .npy}, against {@code calcium.ref.json}. */
class NpyReferenceTest {

    private static final JsonNode REF = SharedData.json(SharedData.file("calcium/calcium.ref.json"));

    private static Path plane(String name) {
        return SharedData.file("calcium/suite2p/plane0/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"F.npy", "Fneu.npy", "spks.npy", "iscell.npy", "stat.npy", "ops.npy"})
    void headerMatchesNumpy(String name) throws IOException {
        JsonNode ref = REF.get("files").get("suite2p/plane0/" + name);
        NpyHeader header = NpyHeader.read(plane(name));
        assertEquals(ref.get("format_version").get(0).asInt(), header.major());
        assertEquals(ref.get("format_version").get(1).asInt(), header.minor());
        assertEquals(ref.get("descr").asText(), header.dtype().descr());
        assertEquals(ref.get("fortran_order").asBoolean(), header.fortranOrder());
        assertArrayEquals(longs(ref.get("shape")), header.shape());
        assertEquals(ref.get("data_offset").asLong(), header.dataOffset());
    }

    @Test
    void rowSlabsEqualTheWholeArray() throws IOException {
        try (NpyReader reader = NpyReader.open(plane("F.npy"))) {
            NpyArray all = reader.readAll();
            assertArrayEquals(new long[] {12, 900}, all.shape());
            for (int start = 0; start < 12; start += 5) {
                int count = Math.min(5, 12 - start);
                NpyArray slab = reader.readRows(start, count);
                assertArrayEquals(new long[] {count, 900}, slab.shape());
                for (int r = 0; r < count; r++) {
                    assertArrayEquals(all.row(start + r), slab.row(r));
                }
            }
            JsonNode first = REF.get("F").get("first_10");
            for (int roi = 0; roi < 12; roi++) {
                double[] row = reader.readRows(roi, 1).row(0);
                for (int t = 0; t < 10; t++) {
                    assertEquals(first.get(roi).get(t).asDouble(), row[t], 0.0);
                }
            }
        }
    }

    @Test
    void iscellValuesAreExact() throws IOException {
        NpyArray iscell = NpyReader.read(plane("iscell.npy"));
        JsonNode values = REF.get("iscell").get("values");
        for (int roi = 0; roi < 12; roi++) {
            assertArrayEquals(SharedData.numbers(values.get(roi)), iscell.row(roi), 0.0);
        }
    }

    @Test
    void objectArraysUnpickle() throws IOException {
        Object stat;
        Object ops;
        try (NpyReader reader = NpyReader.open(plane("stat.npy"))) {
            stat = reader.readObjects();
        }
        try (NpyReader reader = NpyReader.open(plane("ops.npy"))) {
            ops = reader.readObjects();
        }
        List<?> rois = assertInstanceOf(List.class, stat);
        assertEquals(12, rois.size());
        Map<?, ?> roi0 = assertInstanceOf(Map.class, rois.get(0));
        NpyArray ypix = assertInstanceOf(NpyArray.class, roi0.get("ypix"));
        assertEquals("<i4", ypix.dtype().descr());
        assertArrayEquals(new long[] {5, 6, 6, 6, 6}, Arrays.copyOf(ypix.toLongs(), 5));
        assertEquals("|b1", ((NpyArray) roi0.get("overlap")).dtype().descr());
        Map<?, ?> settings = assertInstanceOf(Map.class, ops);
        assertEquals(30.0, settings.get("fs"));
        NpyArray meanImg = assertInstanceOf(NpyArray.class, settings.get("meanImg"));
        assertArrayEquals(new long[] {64, 64}, meanImg.shape());
        assertEquals(REF.get("ops_meanImg").get("value_0_0").asDouble(), meanImg.getDouble(0), 0.0);
    }

    static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
