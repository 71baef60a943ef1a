package org.neurobeam.pipelines.fmri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.ingest.nifti.NiftiDatatype;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiReader;
import org.neurobeam.ingest.nifti.NiftiWriter;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.TestDatasets;
import org.neurobeam.pipelines.run.RunConfig;
import org.neurobeam.pipelines.run.RunPipeline;
import org.neurobeam.preprocess.signal.Standardize;

/** Bad fMRI inputs each give a {@code failures} row naming the run and what is wrong; the rest completes. */
class FmriFailuresTest {

    private static final Path FMRI1 = SharedData.file("nifti/nitime/fmri1.nii.gz");

    @Test
    void anAtlasThatMissesTheImageFailsParcellationNamingBothFiles(@TempDir Path work) throws IOException {
        Path atlas = work.resolve("far_atlas.nii.gz");
        double[][] affine = {{4, 0, 0, 5000}, {0, 4, 0, 5000}, {0, 0, 4, 5000}, {0, 0, 0, 1}};
        try (NiftiWriter writer = NiftiWriter.builder().shape(5, 5, 5).datatype(NiftiDatatype.INT16)
                .affine(affine).xformCode(2).zooms(4, 4, 4).open(atlas)) {
            double[] labels = new double[125];
            Arrays.fill(labels, 1);
            writer.writeVolume(labels);
        }
        Path out = run(TestDatasets.EXAMPLE, work.resolve("out"), settings(atlas, null));
        List<Map<String, Object>> failures = rows(out, "failures", "parcellate");
        assertEquals(3, failures.size(), failures.toString());
        for (Map<String, Object> row : failures) {
            String message = (String) row.get("message");
            assertTrue(message.contains((String) row.get("path")) && message.contains(atlas.toString()), message);
        }
        assertEquals(4, ParquetTableReader.read(out.resolve("recordings")).size(),
                "the runs themselves (and the example's EEG recording) were read");
    }

    @Test
    void aConfoundsFileWithTheWrongNumberOfRowsFailsCleaning(@TempDir Path work) throws IOException {
        Path root = work.resolve("fmriprep");
        Path func = Files.createDirectories(root.resolve("sub-01/func"));
        Files.writeString(root.resolve("dataset_description.json"),
                "{\"Name\": \"prep\", \"BIDSVersion\": \"1.9.0\", \"DatasetType\": \"derivative\"}");
        Path bold = func.resolve("sub-01_task-checkerboard_desc-preproc_bold.nii.gz");
        Files.copy(FMRI1, bold);
        Files.writeString(func.resolve("sub-01_task-checkerboard_desc-preproc_bold.json"), "{\"RepetitionTime\": 1.35}");
        Path confounds = func.resolve("sub-01_task-checkerboard_desc-confounds_timeseries.tsv");
        StringBuilder tsv = new StringBuilder("trans_x\ttrans_y\ttrans_z\trot_x\trot_y\trot_z\n");
        for (int t = 0; t < 30; t++) {
            tsv.append(t * 0.01).append("\t0.02\t").append(Math.sin(t)).append("\t0.001\t").append(t * 1e-4).append("\t0\n");
        }
        Files.writeString(confounds, tsv);
        FmriSettings settings = new FmriSettings(FmriRunTest.ATLAS.toString(), null, null, true,
                Standardize.ZSCORE_SAMPLE, null, null, "motion6", List.of(ConnectivityKind.CORRELATION),
                FmriSettings.NONE.estimator(), false, "glover", List.of());
        Path out = run(root, work.resolve("out"), settings);
        List<Map<String, Object>> failures = rows(out, "failures", "clean");
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(bold.toString(), failures.get(0).get("path"));
        String message = (String) failures.get(0).get("message");
        assertTrue(message.contains(confounds.toString()) && message.contains("30 rows")
                && message.contains("40 volumes"), message);
    }

    @Test
    void eventsOutsideTheRunFailTheGlmAndNanVoxelsAreExcluded(@TempDir Path work) throws IOException {
        Path dataset = TestDatasets.exampleWithBadRecordings(work.resolve("ds"));
        Files.writeString(dataset.resolve("task-checkerboard_events.tsv"),
                "onset\tduration\ttrial_type\n13.5\t13.5\tcheckerboard\n500\t13.5\tcheckerboard\n");
        Path withNan = TestDatasets.bold(dataset, "08", "rest", ".nii.gz");
        writeWithNan(FMRI1, withNan);
        Path out = run(dataset, work.resolve("out"), settings(FmriRunTest.ATLAS, FmriRunTest.LABELS));

        List<Map<String, Object>> glm = rows(out, "failures", "glm");
        assertEquals(2, glm.size(), "sub-01 and sub-02 have the checkerboard events: " + glm);
        assertTrue(((String) glm.get(0).get("message")).contains("500"), (String) glm.get(0).get("message"));

        List<Map<String, Object>> nan = rows(out, "failures", "parcellate");
        assertEquals(1, nan.size(), nan.toString());
        assertEquals(withNan.toString(), nan.get(0).get("path"));
        assertEquals("NonFiniteVoxels", nan.get(0).get("error"));
        long finite = ParquetTableReader.read(out.resolve("connectivity")).stream()
                .filter(r -> r.get("recording_id").equals("sub-08_task-rest_bold"))
                .filter(r -> Double.isFinite((Double) r.get("value"))).count();
        assertEquals(10, finite, "the run with NaN voxels still has a finite 4-region connectome");
    }

    /** Copies a 4D image as float32 with two voxels of region 1's area set to NaN in one volume. */
    private static void writeWithNan(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (NiftiReader reader = NiftiReader.open(source)) {
            NiftiHeader h = reader.header();
            int[] shape = h.shape();
            try (NiftiWriter writer = NiftiWriter.builder().shape(shape).datatype(NiftiDatatype.FLOAT32)
                    .affine(h.bestAffine()).xformCode(1).zooms(h.zooms()).units("mm", "sec")
                    .repetitionTime(1.35).open(target)) {
                for (long t = 0; t < h.volumeCount(); t++) {
                    double[] volume = reader.readVolume(t);
                    if (t == 7) {
                        volume[5 + 5 * shape[0] + 9 * shape[0] * shape[1]] = Double.NaN;
                        volume[4 + 5 * shape[0] + 9 * shape[0] * shape[1]] = Double.NaN;
                    }
                    writer.writeVolume(volume);
                }
            }
        }
        Files.writeString(target.getParent().getParent().getParent().resolve("task-rest_bold.json"),
                "{\"TaskName\": \"rest\", \"RepetitionTime\": 2.0}");
    }

    private static FmriSettings settings(Path atlas, Path labels) {
        return FmriRunTest.settings(true, Standardize.ZSCORE_SAMPLE, List.of(ConnectivityKind.CORRELATION))
                .withAtlas(atlas.toString(), labels == null ? null : labels.toString());
    }

    private static Path run(Path input, Path out, FmriSettings settings) throws IOException {
        RunPipeline.run(new RunConfig(input, out, false, List.of("test"), List.of(new FmriStage(settings, out, null))), PipelineOptionsFactory.create(),
                line -> { });
        return out;
    }

    private static List<Map<String, Object>> rows(Path out, String table, String stage) throws IOException {
        return ParquetTableReader.read(out.resolve(table)).stream().filter(r -> stage.equals(r.get("stage"))).toList();
    }
}
