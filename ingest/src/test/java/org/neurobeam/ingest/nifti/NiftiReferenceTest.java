package org.neurobeam.ingest.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurobeam.ingest.testing.SharedData;

/** Every NIfTI file of the reference corpus against the values nibabel read from it ({@code X.ref.json}). */
class NiftiReferenceTest {

    static Stream<String> files() {
        return ReferenceFiles.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void headerMatchesNibabel(String name) throws IOException {
        JsonNode h = ReferenceFiles.ref(name).get("header");
        NiftiHeader header = NiftiHeader.read(SharedData.file(name));
        assertEquals(h.get("sizeof_hdr").asInt(), header.sizeofHdr());
        assertEquals(h.get("nifti_version").asInt(), header.version());
        assertEquals(h.get("byte_order").asText(), header.byteOrder().toString().startsWith("BIG") ? "big" : "little");
        assertArrayEquals(longs(h.get("dim")), header.dim());
        assertArrayEquals(SharedData.numbers(h.get("pixdim")), header.pixdim());
        assertEquals(h.get("datatype").asInt(), header.datatype());
        assertEquals(h.get("datatype_name").asText(), header.datatypeName());
        assertEquals(h.get("bitpix").asInt(), header.bitpix());
        assertEquals(h.get("vox_offset").asLong(), header.voxOffset());
        assertEquals(SharedData.number(h.get("scl_slope_raw")), header.sclSlope());
        assertEquals(SharedData.number(h.get("scl_inter_raw")), header.sclInter());
        assertEquals(!h.get("scl_slope_effective").isNull(), header.isScaled());
        assertEquals(h.get("qform_code").asInt(), header.qformCode());
        assertEquals(h.get("sform_code").asInt(), header.sformCode());
        assertEquals(h.get("xyzt_units_raw").asInt(), header.xyztUnits());
        assertEquals(h.get("xyz_units").asText(), header.spatialUnit());
        assertEquals(h.get("t_units").asText(), header.timeUnit());
        assertArrayEquals(SharedData.numbers(h.get("zooms")), header.zooms());
        assertEquals(h.get("intent_code").asInt(), header.intentCode());
        assertEquals(h.get("intent_name").asText(), header.intentName());
        assertEquals(h.get("descrip").asText(), header.descrip());
        assertAffine(h.get("qform_affine"), header.qformAffine());
        assertAffine(h.get("sform_affine"), header.sformAffine());
        assertAffine(h.get("best_affine_nibabel"), header.bestAffine());
        assertExtensions(h.get("extensions"), header);
    }

    /**
     * nibabel reports a generic extension's content with its trailing NUL padding stripped and its size
     * as the on-disk esize. A CIFTI-2 extension (code 32) it parses and re-serialises, so its reference
     * size and hash describe nibabel's XML, not the file: there we check the code and the XML root.
     */
    private static void assertExtensions(JsonNode refs, NiftiHeader header) {
        assertEquals(refs.size(), header.extensions().size());
        for (int i = 0; i < refs.size(); i++) {
            JsonNode ref = refs.get(i);
            NiftiExtension ext = header.extensions().get(i);
            assertEquals(ref.get("code").asInt(), ext.code());
            String text = new String(ext.content(), StandardCharsets.UTF_8);
            if (ext.code() == 32) {
                assertTrue(text.contains("<CIFTI"), "CIFTI XML expected");
            } else {
                assertEquals(ref.get("esize_bytes_incl_8_byte_header").asInt(), ext.esize());
                assertEquals(ref.get("content_sha256").asText(), sha256(stripTrailingNuls(ext.content())));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void dataMatchesNibabel(String name) throws IOException {
        JsonNode d = ReferenceFiles.ref(name).get("data");
        try (NiftiReader reader = NiftiReader.open(SharedData.file(name))) {
            NiftiHeader header = reader.header();
            assertArrayEquals(ints(d.get("shape")), header.shape());
            double[] all = reader.readAll();
            StatsAccumulator stats = new StatsAccumulator();
            stats.add(all);
            NiftiStats s = stats.result();
            assertEquals(d.get("n_nan").asLong(), s.nNan());
            assertEquals(d.get("n_inf").asLong(), s.nInf());
            assertRelative(SharedData.number(d.get("sum_finite")), s.sum());
            assertRelative(SharedData.number(d.get("mean_finite")), s.mean());
            assertEquals(SharedData.number(d.get("min_finite")), s.min());
            assertEquals(SharedData.number(d.get("max_finite")), s.max());
            if (s.nNan() == 0) {
                assertRelative(SharedData.number(d.get("sum")), s.sum());
                assertEquals(SharedData.number(d.get("max")), s.max());
            }
            int[] shape = header.shape();
            for (Iterator<Map.Entry<String, JsonNode>> it = d.get("voxels").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> voxel = it.next();
                long index = fortranIndex(ints(voxel.getValue().get("index")), shape);
                long perVolume = header.voxelsPerVolume();
                double stored = reader.readVolumeStored(index / perVolume)[(int) (index % perVolume)];
                assertEquals(SharedData.number(voxel.getValue().get("value")), all[(int) index], voxel.getKey());
                assertEquals(SharedData.number(voxel.getValue().get("stored_value")), stored, voxel.getKey());
            }
            if (d.has("per_volume_sum")) {
                double[] sums = SharedData.numbers(d.get("per_volume_sum"));
                JsonNode series = d.get("center_voxel_timeseries");
                int[] ijk = ints(series.get("index_ijk"));
                double[] values = SharedData.numbers(series.get("values"));
                for (int t = 0; t < sums.length; t++) {
                    double[] volume = reader.readVolume(t);
                    assertRelative(sums[t], Stream.of(volume).flatMapToDouble(java.util.Arrays::stream).sum());
                    assertEquals(values[t], volume[(int) fortranIndex(ijk, shape)]);
                }
            }
        }
        assertEquals(d.get("disk_data_sha256").asText(), sha256(storedBytes(name)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void scanMatchesFileHashAndStatistics(String name) throws IOException {
        JsonNode ref = ReferenceFiles.ref(name);
        NiftiScan scan = NiftiScan.of(SharedData.file(name));
        assertEquals(ref.get("file_sha256").asText(), scan.sha256());
        JsonNode d = ref.get("data");
        assertRelative(SharedData.number(d.get("sum_finite")), scan.stats().sum());
        assertEquals(SharedData.number(d.get("min_finite")), scan.stats().min());
        assertEquals(SharedData.number(d.get("max_finite")), scan.stats().max());
        assertEquals(d.get("n_nan").asLong(), scan.stats().nNan());
        assertEquals(d.get("n_voxels").asLong(), scan.stats().nFinite() + scan.stats().nNan() + scan.stats().nInf());
    }

    /** The stored data bytes, read with the JDK's gzip only (not through our reader). */
    private static byte[] storedBytes(String name) throws IOException {
        JsonNode h = ReferenceFiles.ref(name).get("header");
        long offset = h.get("vox_offset").asLong();
        int length = ReferenceFiles.ref(name).get("data").get("disk_data_bytes").asInt();
        Path file = SharedData.file(name);
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            in.skipNBytes(offset);
            return in.readNBytes(length);
        }
    }

    static long fortranIndex(int[] index, int[] shape) {
        long linear = 0;
        for (int a = index.length - 1; a >= 0; a--) {
            linear = linear * shape[a] + index[a];
        }
        return linear;
    }

    private static void assertAffine(JsonNode expected, double[][] actual) {
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(SharedData.numbers(expected.get(i)), actual[i], 1e-6, "row " + i);
        }
    }

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12);
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static byte[] stripTrailingNuls(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == 0) {
            n--;
        }
        return java.util.Arrays.copyOf(bytes, n);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
