package org.neurobeam.preprocess.parcellation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;

/**
 * The shared corpus' nitime fmri1.nii.gz (10x10x18x40, gzip) against numpy
 * (resources/parcellation/make_nitime_fixture.py): slab-label means and least-squares map signals,
 * with atlases written by nibabel on the image's grid.
 */
class NitimeExtractionTest {

    private static final Path BOLD = SharedData.file("nifti/nitime/fmri1.nii.gz");

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NitimeExtractionTest.class.getResource("/parcellation/" + name).toURI());
    }

    @Test
    void slabMeansMatchNumpy() throws Exception {
        JsonNode ref = Fixtures.json("parcellation/nitime_reference.json");
        LabelsAtlas atlas = LabelsAtlas.read(resource("nitime_slabs.nii.gz"), resource("nitime_slabs.tsv"));
        RegionSignals signals = RegionSignalExtractor.labels(atlas, null).extract(BOLD);
        int[] labels = IntStream.range(0, ref.get("labels").size()).map(i -> ref.get("labels").get(i).asInt())
                .toArray();
        assertArrayEquals(labels, signals.labels());
        assertEquals(List.of("bottom", "lower", "upper", "top"), signals.names());
        double diff = TestImages.maxAbsDiff(Fixtures.matrix(ref.get("means")), signals.signals());
        System.out.printf("nitime slab means vs numpy: max |diff| = %.3g%n", diff);
        assertTrue(diff <= 1e-10, "max diff " + diff);
        assertFalse(signals.report().atlasResampled());
        assertTrue(signals.report().emptyRegions().isEmpty());
    }

    @Test
    void mapSignalsMatchNumpyLstsq() throws Exception {
        JsonNode ref = Fixtures.json("parcellation/nitime_reference.json");
        ProbabilisticAtlas atlas = ProbabilisticAtlas.read(resource("nitime_maps.nii.gz"), null);
        RegionSignals signals = RegionSignalExtractor.maps(atlas, null).extract(BOLD);
        double diff = TestImages.maxAbsDiff(Fixtures.matrix(ref.get("maps_lstsq")), signals.signals());
        System.out.printf("nitime maps vs numpy lstsq: max |diff| = %.3g%n", diff);
        assertTrue(diff <= 1e-10, "max diff " + diff);
        assertEquals(40, signals.volumes());
    }
}
