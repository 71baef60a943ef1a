package org.neurobeam.ingest.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.testing.SharedData;

/**
 * A .hdr/.img pair (magic {@code ni1}, vox_offset 0 into the .img), split by hand from a reference .nii,
 * reads the same from either name, and NiftiScan hashes the .img.
 */
class NiftiPairTest {

    @TempDir
    Path dir;

    @Test
    void pairReadsLikeTheSingleFile() throws IOException {
        Path single = SharedData.file("nifti/nipy/some_blobs.nii");
        byte[] bytes = Files.readAllBytes(single);
        byte[] header = Arrays.copyOf(bytes, 352);
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        b.putFloat(108, 0);
        b.put(344, (byte) 'n').put(345, (byte) 'i').put(346, (byte) '1');
        byte[] data = Arrays.copyOfRange(bytes, 352, bytes.length);
        Path hdr = Files.write(dir.resolve("blobs.hdr"), header);
        Path img = Files.write(dir.resolve("blobs.img"), data);
        double[] expected;
        try (NiftiReader reader = NiftiReader.open(single)) {
            expected = reader.readAll();
        }
        for (Path name : new Path[] {hdr, img}) {
            try (NiftiReader reader = NiftiReader.open(name)) {
                assertEquals(0, reader.header().voxOffset());
                assertArrayEquals(expected, reader.readAll());
            }
        }
        assertEquals(NiftiReferenceTest.sha256(data), NiftiScan.of(hdr).sha256());
    }
}
