package org.neurobeam.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurobeam.ingest.testing.SharedData;

/** {@code inspect --json} against what nibabel reports for every NIfTI file of the reference corpus. */
class InspectCommandTest {

    static Stream<Path> niftiFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SharedData.file("nifti"))) {
            return walk.filter(p -> p.toString().endsWith(".ref.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("niftiFiles")
    void jsonReportMatchesNibabel(Path refFile) throws IOException {
        JsonNode ref = SharedData.json(refFile);
        Path image = Path.of(refFile.toString().replace(".ref.json", ""));
        CommandOutput run = CommandOutput.of("inspect", image.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode header = ref.get("header");
        JsonNode data = ref.get("data");

        assertEquals(header.get("nifti_version").asInt() == 2 ? "nifti2" : "nifti1", report.get("format").asText());
        assertEquals(data.get("shape"), report.get("shape"));
        assertEquals(header.get("datatype").asInt(), report.get("datatype").asInt());
        assertEquals(header.get("qform_code").asInt(), report.get("qform_code").asInt());
        assertEquals(header.get("sform_code").asInt(), report.get("sform_code").asInt());
        assertEquals(header.get("xyzt_units_raw").asInt(), report.get("xyzt_units").asInt());
        assertNumberOrNull(header.get("scl_slope_raw"), report.get("scl_slope"));
        assertNumberOrNull(header.get("scl_inter_raw"), report.get("scl_inter"));
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(header.get("best_affine_nibabel").get(r).get(c).asDouble(),
                        report.get("affine").get(r).get(c).asDouble(), 1e-6, "affine " + r + "," + c);
            }
        }
        JsonNode stats = report.get("stats");
        assertRelative(data.get("sum_finite"), stats.get("sum"));
        assertRelative(data.get("mean_finite"), stats.get("mean"));
        assertRelative(data.get("min_finite"), stats.get("min"));
        assertRelative(data.get("max_finite"), stats.get("max"));
        assertEquals(data.get("n_nan").asLong(), stats.get("n_nan").asLong());
        assertEquals(ref.get("file_sha256").asText(), report.get("sha256").asText());
    }

    @ParameterizedTest
    @MethodSource("niftiFiles")
    void voxelValueMatchesNibabelsScaledValue(Path refFile) throws IOException {
        JsonNode ref = SharedData.json(refFile);
        Path image = Path.of(refFile.toString().replace(".ref.json", ""));
        JsonNode voxel = ref.get("data").get("voxels").get("center");
        StringBuilder index = new StringBuilder();
        JsonNode at = voxel.get("index");
        for (int axis = 0; axis < Math.min(4, at.size()); axis++) {
            index.append(axis == 0 ? "" : ",").append(at.get(axis).asLong());
        }
        if (at.size() > 4) {
            return;  // dims beyond t (the CIFTI dconn) have no i,j,k,t address
        }
        CommandOutput run = CommandOutput.of("inspect", image.toString(), "--json", "--voxel", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode value = new ObjectMapper().readTree(run.out()).get("voxel_value");
        assertEquals(SharedData.number(voxel.get("value")), value.isNull() ? Double.NaN : value.asDouble(), 0.0);
    }

    @Test
    void voxelWithoutTimeGivesTheTimeSeriesOfA4dImage() throws IOException {
        JsonNode ref = SharedData.json(SharedData.file("nifti/nitime/fmri1.nii.gz.ref.json"));
        JsonNode series = ref.get("data").get("center_voxel_timeseries");
        JsonNode centre = series.get("index_ijk");
        String ijk = centre.get(0).asInt() + "," + centre.get(1).asInt() + "," + centre.get(2).asInt();
        CommandOutput run = CommandOutput.of("inspect", SharedData.file("nifti/nitime/fmri1.nii.gz").toString(),
                "--json", "--voxel", ijk);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode values = new ObjectMapper().readTree(run.out()).get("voxel_value");
        assertEquals(series.get("values").size(), values.size());
        for (int t = 0; t < values.size(); t++) {
            assertEquals(series.get("values").get(t).asDouble(), values.get(t).asDouble(), 0.0, "t=" + t);
        }
    }

    @Test
    void aBadFileGivesAClearErrorAndExitCodeOne() {
        Path synthetic = SharedData.file(
                "bids-examples/synthetic/sub-01/ses-01/func/sub-01_ses-01_task-nback_run-01_bold.nii");
        CommandOutput run = CommandOutput.of("inspect", synthetic.toString(), "--json");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains(synthetic.toString()) && run.err().contains("dim"), run.err());
    }

    private static void assertNumberOrNull(JsonNode expected, JsonNode actual) {
        double e = SharedData.number(expected);
        if (Double.isNaN(e)) {
            assertTrue(actual.isNull(), "expected null for NaN, got " + actual);
        } else {
            assertEquals(e, actual.asDouble(), 0.0);
        }
    }

    private static void assertRelative(JsonNode expected, JsonNode actual) {
        double e = SharedData.number(expected);
        assertEquals(e, actual.asDouble(), Math.abs(e) * 1e-12 + 1e-300);
    }
}
