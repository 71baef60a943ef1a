package org.neurobeam.ingest.nifti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/** Broken files fail with an {@link InvalidInputException} naming the file and the header field. */
class NiftiInvalidInputTest {

    /** Little-endian NIfTI-1 float32 27x32x23, vox_offset 352. */
    private static final Path NIFTI1 = SharedData.file("nifti/nipy/some_blobs.nii");
    /** Little-endian NIfTI-2 int16 32x20x12x2, gzipped. */
    private static final Path NIFTI2_GZ = SharedData.file("nifti/nibabel/example_nifti2.nii.gz");

    @TempDir
    Path dir;

    @Test
    void bidsSyntheticHeaderWithoutDataIsRejectedAtOnce() throws IOException {
        Path bold = SharedData.file("bids-examples/synthetic/sub-01/ses-01/func/sub-01_ses-01_task-nback_run-01_bold.nii");
        InvalidInputException e = expect(bold, "dim", () -> NiftiHeader.read(bold));
        assertTrue(e.getMessage().contains("64x64x64x64 float64 = 134217728 bytes of data at offset 352 but the file"
                + " holds 352 bytes"), e.getMessage());
    }

    @Test
    void dimsTooLargeForTheFile() throws IOException {
        Path file = patched(NIFTI1, b -> b.putShort(40 + 2 * 3, (short) 24));
        expect(file, "dim", () -> NiftiHeader.read(file));
    }

    @Test
    void wrongSizeofHdr() throws IOException {
        Path file = patched(NIFTI1, b -> b.putInt(0, 349));
        expect(file, "sizeof_hdr", () -> NiftiHeader.read(file));
    }

    @Test
    void badMagic() throws IOException {
        Path file = patched(NIFTI1, b -> b.put(344, (byte) 'x'));
        expect(file, "magic", () -> NiftiHeader.read(file));
    }

    @Test
    void zeroAndNegativeDims() throws IOException {
        Path zero = patched(NIFTI1, b -> b.putShort(42, (short) 0));
        expect(zero, "dim", () -> NiftiHeader.read(zero));
        Path negative = patched(NIFTI1, b -> b.putShort(44, (short) -3));
        expect(negative, "dim", () -> NiftiHeader.read(negative));
        Path rank = patched(NIFTI1, b -> b.putShort(40, (short) 8));
        expect(rank, "dim", () -> NiftiHeader.read(rank));
    }

    @Test
    void dimsProductOverflowingALong() throws IOException {
        Path file = dir.resolve("huge.nii");
        Files.write(file, patch(gunzip(NIFTI2_GZ), b -> {
            b.putLong(16, 7);
            for (int i = 1; i <= 7; i++) {
                b.putLong(16 + 8 * i, Integer.MAX_VALUE);
            }
        }));
        InvalidInputException e = expect(file, "dim", () -> NiftiHeader.read(file));
        assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    }

    @Test
    void bitpixDisagreeingWithDatatype() throws IOException {
        Path file = patched(NIFTI1, b -> b.putShort(72, (short) 16));
        expect(file, "bitpix", () -> NiftiHeader.read(file));
    }

    @Test
    void voxOffsetInsideTheHeader() throws IOException {
        Path file = patched(NIFTI1, b -> b.putFloat(108, 100));
        expect(file, "vox_offset", () -> NiftiHeader.read(file));
    }

    @Test
    void unsupportedDatatypes() throws IOException {
        Path rgb = patched(NIFTI1, b -> b.putShort(70, (short) 128).putShort(72, (short) 24));
        assertTrue(expect(rgb, "datatype", () -> NiftiHeader.read(rgb)).getMessage().contains("RGB"));
        Path complex = patched(NIFTI1, b -> b.putShort(70, (short) 32).putShort(72, (short) 64));
        assertTrue(expect(complex, "datatype", () -> NiftiHeader.read(complex)).getMessage().contains("complex64"));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.nii"));
        InvalidInputException e = expect(file, "sizeof_hdr", () -> NiftiHeader.read(file));
        assertTrue(e.getMessage().contains("file is empty (0 bytes)"), e.getMessage());
    }

    @Test
    void truncatedHeader() throws IOException {
        Path file = dir.resolve("short.nii");
        Files.write(file, Arrays.copyOf(Files.readAllBytes(NIFTI1), 200));
        expect(file, "sizeof_hdr", () -> NiftiHeader.read(file));
    }

    @Test
    void truncatedGzipStream() throws IOException {
        byte[] whole = Files.readAllBytes(NIFTI2_GZ);
        Path file = dir.resolve("cut.nii.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NiftiScan.of(file));
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
        try (NiftiReader reader = NiftiReader.open(file)) {
            assertThrows(InvalidInputException.class, () -> reader.readVolume(1));
        }
    }

    @Test
    void gzipStreamEndingEarlyCountsTheBytes() throws IOException {
        Path file = dir.resolve("short.nii.gz");
        byte[] content = gunzip(NIFTI2_GZ);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content, 0, 608 + 1000);
        }
        InvalidInputException e = expect(file, "dim", () -> NiftiScan.of(file));
        assertTrue(e.getMessage().contains("gzip stream ends after 1000 of 30720 bytes of voxel data"), e.getMessage());
    }

    private static InvalidInputException expect(Path file, String field, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(file.toString(), e.file());
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(file + ": " + field + ": "), e.getMessage());
        return e;
    }

    private Path patched(Path source, Consumer<ByteBuffer> change) throws IOException {
        Path file = dir.resolve("patched.nii");
        Files.write(file, patch(Files.readAllBytes(source), change));
        return file;
    }

    private static byte[] patch(byte[] bytes, Consumer<ByteBuffer> change) {
        change.accept(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        return bytes;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
