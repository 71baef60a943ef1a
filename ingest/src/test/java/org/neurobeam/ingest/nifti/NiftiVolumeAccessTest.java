package org.neurobeam.ingest.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurobeam.ingest.testing.SharedData;

/** Volume access agrees with the whole-image read, whatever the order, on plain and gzipped files. */
class NiftiVolumeAccessTest {

    static Stream<String> files() {
        return ReferenceFiles.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void volumesInOrderAndShuffledEqualReadAll(String name) throws IOException {
        double[] all;
        try (NiftiReader reader = NiftiReader.open(SharedData.file(name))) {
            all = reader.readAll();
        }
        try (NiftiReader reader = NiftiReader.open(SharedData.file(name))) {
            int n = (int) reader.header().volumeCount();
            int per = (int) reader.header().voxelsPerVolume();
            List<Integer> order = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                order.add(t);
            }
            Collections.shuffle(order, new Random(42));
            order.add(0);
            order.add(n - 1);
            double[] into = new double[per];
            for (int t : order) {
                reader.readVolume(t, into);
                assertArrayEquals(Arrays.copyOfRange(all, t * per, (t + 1) * per), into, "volume " + t);
            }
        }
    }

    @Test
    void cifti6dCountsVolumesOverDims4To7() throws IOException {
        try (NiftiReader reader = NiftiReader.open(SharedData.file("nifti/nibabel/row_major.dconn.nii"))) {
            assertEquals(1, reader.header().voxelsPerVolume());
            assertEquals(100, reader.header().volumeCount());
            assertEquals(400, reader.header().dataBytes());
        }
    }

    @Test
    void volumeOutsideTheImageIsRejected() throws IOException {
        try (NiftiReader reader = NiftiReader.open(SharedData.file("nifti/nitime/fmri1.nii.gz"))) {
            assertThrows(IllegalArgumentException.class, () -> reader.readVolume(40));
            assertThrows(IllegalArgumentException.class, () -> reader.readVolume(-1));
        }
    }

    @Test
    void timeStepInSeconds() throws IOException {
        assertEquals(1.35, NiftiHeader.read(SharedData.file("nifti/derived/nibabel_scaled_int16_msec.nii.gz"))
                .timeStepSeconds().getAsDouble(), 1e-12);
        assertEquals(1.350000023841858, NiftiHeader.read(SharedData.file("nifti/nitime/fmri1.nii.gz"))
                .timeStepSeconds().getAsDouble());
        assertEquals(false, NiftiHeader.read(SharedData.file("nifti/nibabel/anatomical.nii"))
                .timeStepSeconds().isPresent());
    }
}
