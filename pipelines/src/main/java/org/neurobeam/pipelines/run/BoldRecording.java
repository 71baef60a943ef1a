package org.neurobeam.pipelines.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.cohorts.Participant;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiScan;
import org.neurobeam.pipelines.tables.RecordingsTable;

/**
 * Reads one BOLD run: a single sequential pass over the NIfTI file validates every volume (a truncated
 * gzip stream fails here, not later) and hashes the file, in memory bounded by one volume.
 */
public final class BoldRecording {

    private BoldRecording() {
    }

    static ReadResult read(RecordingRef ref) throws IOException {
        Path file = Path.of(ref.path());
        if (!(ref.extension().equals(".nii") || ref.extension().equals(".nii.gz"))) {
            throw new InvalidInputException(file, null, "unsupported BOLD format '" + ref.extension()
                    + "': NIfTI (.nii, .nii.gz) is read");
        }
        NiftiScan scan = NiftiScan.of(file);
        NiftiHeader header = scan.header();
        RepetitionTime tr = RepetitionTime.resolve(file, ref.repetitionTime(), header.timeStepSeconds());
        List<String> notes = new ArrayList<>(tr.notes());
        Row row = row(ref, scan.sha256(), shape(header), voxelSizeMm(header, notes), tr.seconds(), tr.source(),
                1.0 / tr.seconds(), header.volumeCount());
        return new ReadResult(row, notes);
    }

    /**
     * The {@code recordings} row of {@code ref}: identity, participant and entity columns from the reference,
     * the measured values as given ({@code voxelSize}, {@code tr}, {@code trSource} null where they do not apply).
     */
    public static Row row(RecordingRef ref, String sha256, List<Integer> shape, List<Double> voxelSize, Double tr,
            String trSource, Double samplingRate, long nTimepoints) {
        Participant participant = ref.participant();
        return Row.withSchema(RecordingsTable.SCHEMA)
                .withFieldValue("recording_id", ref.recordingId())
                .withFieldValue("dataset", ref.dataset())
                .withFieldValue("subject", ref.subject())
                .withFieldValue("session", ref.session())
                .withFieldValue("task", ref.task())
                .withFieldValue("run", ref.run())
                .withFieldValue("modality", ref.modality().label())
                .withFieldValue("path", ref.path())
                .withFieldValue("sha256", sha256)
                .withFieldValue("shape", shape)
                .withFieldValue("voxel_size", voxelSize)
                .withFieldValue("tr", tr)
                .withFieldValue("tr_source", trSource)
                .withFieldValue("sampling_rate", samplingRate)
                .withFieldValue("n_timepoints", nTimepoints)
                .withFieldValue("age", participant.age())
                .withFieldValue("sex", participant.sex())
                .withFieldValue("demographics", participant.columns())
                .withFieldValue("entities", ref.entities())
                .withFieldValue("derivative", ref.derivative())
                .build();
    }

    private static List<Integer> shape(NiftiHeader header) {
        List<Integer> shape = new ArrayList<>();
        for (int n : header.shape()) {
            shape.add(n);
        }
        return shape;
    }

    /** The first three zooms in millimetres, converting metres and microns as the header's unit says. */
    private static List<Double> voxelSizeMm(NiftiHeader header, List<String> notes) {
        double factor;
        switch (header.spatialUnit()) {
            case "meter":
                factor = 1000.0;
                break;
            case "micron":
                factor = 1e-3;
                break;
            case "mm":
                factor = 1.0;
                break;
            default:
                factor = 1.0;
                notes.add("spatial unit unknown in the NIfTI header; voxel sizes taken as mm");
        }
        double[] zooms = header.zooms();
        List<Double> sizes = new ArrayList<>();
        for (int i = 0; i < Math.min(3, zooms.length); i++) {
            sizes.add(zooms[i] * factor);
        }
        return sizes;
    }

}
