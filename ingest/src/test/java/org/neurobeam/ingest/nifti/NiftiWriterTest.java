package org.neurobeam.ingest.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round trips through {@link NiftiWriter} and {@link NiftiReader}, plus raw byte checks of what is written. */
class NiftiWriterTest {

    private static final int[] SHAPE = {5, 4, 3, 6};
    /** 15 degrees about z, zooms 2, 2.5, 3, reflected x (qfac -1 territory), offsets. */
    private static final double[][] AFFINE = rotatedAffine();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "FLOAT32, false, x.nii", "FLOAT32, true, x.nii.gz", "FLOAT64, false, x.nii.gz", "FLOAT64, true, x.nii",
        "INT16, false, x.nii", "INT16, true, x.nii.gz"})
    void roundTrip(NiftiDatatype type, boolean nifti2, String name) throws IOException {
        Path file = dir.resolve(name);
        byte[] xml = "<CIFTI Version=\"2\"><Matrix/></CIFTI>".getBytes(StandardCharsets.UTF_8);
        double[][] volumes = volumes();
        NiftiWriter.Builder builder = NiftiWriter.builder().shape(SHAPE).datatype(type).affine(AFFINE)
                .units("mm", "msec").repetitionTime(1500).descrip("round trip")
                .extension(new NiftiExtension(32, xml));
        if (type == NiftiDatatype.INT16) {
            builder.int16Range(-7.25, 1234.5);
        }
        if (nifti2) {
            builder.nifti2();
        }
        try (NiftiWriter writer = builder.open(file)) {
            for (double[] v : volumes) {
                writer.writeVolume(v);
            }
        }
        try (NiftiReader reader = NiftiReader.open(file)) {
            NiftiHeader h = reader.header();
            assertEquals(nifti2 ? 2 : 1, h.version());
            assertEquals(type.code(), h.datatype());
            assertArrayEquals(SHAPE, h.shape());
            assertEquals("mm", h.spatialUnit());
            assertEquals("msec", h.timeUnit());
            assertEquals(1.5, h.timeStepSeconds().getAsDouble(), 1e-9);
            assertEquals("round trip", h.descrip());
            assertArrayEquals(new double[] {2, 2.5, 3, 1500}, h.zooms(), 1e-6);
            assertEquals(1, h.qformCode());
            assertEquals(1, h.sformCode());
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(AFFINE[i], h.sformAffine()[i], 1e-5);
                assertArrayEquals(AFFINE[i], h.qformAffine()[i], 1e-5);
            }
            assertEquals(1, h.extensions().size());
            assertEquals(32, h.extensions().get(0).code());
            byte[] content = h.extensions().get(0).content();
            assertArrayEquals(xml, Arrays.copyOf(content, xml.length));
            assertTrue(allZero(Arrays.copyOfRange(content, xml.length, content.length)), "NUL padding");
            double tolerance = type == NiftiDatatype.INT16 ? h.sclSlope() / 2 * (1 + 1e-9)
                    : type == NiftiDatatype.FLOAT32 ? 1e-4 : 0;
            for (int t = 0; t < volumes.length; t++) {
                assertArrayEquals(volumes[t], reader.readVolume(t), tolerance, "volume " + t);
            }
        }
    }

    @Test
    void int16ScalingSpansTheWholeRangeLikeNibabel() throws IOException {
        Path file = dir.resolve("s.nii");
        try (NiftiWriter w = NiftiWriter.builder().shape(2).datatype(NiftiDatatype.INT16).int16Range(-41.5, 20)
                .open(file)) {
            w.writeVolume(new double[] {-41.5, 20});
        }
        try (NiftiReader r = NiftiReader.open(file)) {
            assertEquals(61.5 / 65535, r.header().sclSlope(), 1e-9);
            assertArrayEquals(new double[] {-32768, 32767}, r.readVolumeStored(0));
        }
    }

    /** Independent of our reader: the spec's byte offsets of a NIfTI-1 header, read with a ByteBuffer. */
    @Test
    void nifti1HeaderBytesAtSpecOffsets() throws IOException {
        Path file = dir.resolve("raw.nii");
        write(file, NiftiWriter.builder().shape(SHAPE).datatype(NiftiDatatype.INT16).int16Range(-7.25, 1234.5)
                .units("mm", "sec").repetitionTime(2).descrip("raw"));
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(348, b.getInt(0));
        assertEquals(4, b.getShort(40));
        assertEquals(5, b.getShort(42));
        assertEquals(6, b.getShort(48));
        assertEquals(4, b.getShort(70));
        assertEquals(16, b.getShort(72));
        assertEquals(2.0f, b.getFloat(76 + 4 * 4));
        assertEquals(352.0f, b.getFloat(108));
        assertEquals((float) (1241.75 / 65535), b.getFloat(112));
        assertEquals((float) (-7.25 + 32768 * 1241.75 / 65535), b.getFloat(116));
        assertEquals(2 | 8, b.get(123));
        assertEquals("raw", new String(b.array(), 148, 3, StandardCharsets.US_ASCII));
        assertEquals("n+1\0", new String(b.array(), 344, 4, StandardCharsets.US_ASCII));
        assertEquals(352 + 5 * 4 * 3 * 6 * 2, b.capacity());
    }

    @Test
    void nifti2HeaderBytesAtSpecOffsets() throws IOException {
        Path file = dir.resolve("raw2.nii.gz");
        write(file, NiftiWriter.builder().shape(SHAPE).datatype(NiftiDatatype.FLOAT64).affine(AFFINE).nifti2());
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(540, b.getInt(0));
        assertEquals("n+2\0\r\n\032\n", new String(bytes, 4, 8, StandardCharsets.ISO_8859_1));
        assertEquals(64, b.getShort(12));
        assertEquals(64, b.getShort(14));
        assertEquals(4, b.getLong(16));
        assertEquals(6, b.getLong(16 + 4 * 8));
        assertEquals(544, b.getLong(168));
        assertEquals(1, b.getInt(344));
        assertEquals(1, b.getInt(348));
        assertEquals(AFFINE[0][3], b.getDouble(400 + 3 * 8));
        assertEquals(AFFINE[2][2], b.getDouble(464 + 2 * 8));
        assertEquals(544 + 5 * 4 * 3 * 6 * 8, bytes.length);
    }

    @Test
    void shearedAffineIsWrittenAsSformOnly() throws IOException {
        Path file = dir.resolve("shear.nii");
        double[][] shear = {{2, 0.5, 0, 1}, {0, 2, 0, 2}, {0, 0, 2, 3}, {0, 0, 0, 1}};
        write(file, NiftiWriter.builder().shape(SHAPE).affine(shear));
        NiftiHeader h = NiftiHeader.read(file);
        assertEquals(0, h.qformCode());
        assertEquals(1, h.sformCode());
        assertArrayEquals(shear[0], h.bestAffine()[0]);
    }

    @Test
    void closingBeforeEveryVolumeIsWrittenFails() throws IOException {
        NiftiWriter writer = NiftiWriter.builder().shape(SHAPE).open(dir.resolve("short.nii"));
        writer.writeVolume(new double[60]);
        assertThrows(IOException.class, writer::close);
    }

    @Test
    void int16ValuesOffTheRangeAreRejected() throws IOException {
        try (NiftiWriter writer = NiftiWriter.builder().shape(2).datatype(NiftiDatatype.INT16)
                .open(dir.resolve("o.nii"))) {
            assertThrows(IllegalArgumentException.class, () -> writer.writeVolume(new double[] {0, 40000}));
            writer.writeVolume(new double[] {-3, 7});
        }
    }

    private static void write(Path file, NiftiWriter.Builder builder) throws IOException {
        try (NiftiWriter writer = builder.open(file)) {
            for (double[] v : volumes()) {
                writer.writeVolume(v);
            }
        }
    }

    private static double[][] volumes() {
        double[][] out = new double[SHAPE[3]][SHAPE[0] * SHAPE[1] * SHAPE[2]];
        for (int t = 0; t < out.length; t++) {
            for (int i = 0; i < out[t].length; i++) {
                out[t][i] = -7.25 + (i * 37 + t * 101) % 1241 + 0.125 * (i % 3);
            }
        }
        return out;
    }

    private static double[][] rotatedAffine() {
        double c = Math.cos(Math.toRadians(15));
        double s = Math.sin(Math.toRadians(15));
        return new double[][] {{-2 * c, -2.5 * s, 0, 90}, {-2 * s, 2.5 * c, 0, -126}, {0, 0, 3, -72}, {0, 0, 0, 1}};
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
