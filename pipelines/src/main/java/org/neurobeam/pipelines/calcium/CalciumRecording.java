package org.neurobeam.pipelines.calcium;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.nwb.NwbFile;
import org.neurobeam.ingest.nwb.NwbUnits;
import org.neurobeam.pipelines.run.BoldRecording;
import org.neurobeam.pipelines.run.FileChecksums;
import org.neurobeam.pipelines.run.ReadResult;

/**
 * Reads a calcium or spikes recording into its {@code recordings} row. Calcium ({@link CalciumSource}): shape
 * {@code [units, frames]}, {@code sampling_rate} the frame rate, {@code n_timepoints} the frames, {@code sha256} of
 * the traces file ({@code F.npy} for a suite2p folder). Spikes (NWB {@code /units}, every unit's spike times read
 * to validate the index): shape {@code [units]}, no {@code sampling_rate}, {@code n_timepoints} the number of
 * spikes, {@code sha256} of the file.
 */
public final class CalciumRecording {

    private CalciumRecording() {
    }

    public static ReadResult read(RecordingRef ref) throws IOException {
        if (ref.modality() == Modality.SPIKES) {
            return spikes(ref);
        }
        try (CalciumSource source = CalciumSource.open(ref)) {
            return new ReadResult(BoldRecording.row(ref, FileChecksums.sha256(source.dataFile()),
                    List.of(source.units(), Math.toIntExact(source.frames())), null, null, null, source.rate(),
                    source.frames()), List.of());
        }
    }

    private static ReadResult spikes(RecordingRef ref) throws IOException {
        Path file = Path.of(ref.path());
        if (!ref.extension().equalsIgnoreCase(".nwb")) {
            throw new InvalidInputException(file, null, "unsupported spikes format '" + ref.extension()
                    + "': NWB (.nwb) /units is read");
        }
        try (NwbFile nwb = NwbFile.open(file)) {
            NwbUnits units = nwb.units();
            long spikes = 0;
            for (int u = 0; u < units.size(); u++) {
                spikes += units.spikeTimes(u).length;
            }
            return new ReadResult(BoldRecording.row(ref, FileChecksums.sha256(file), List.of(units.size()), null, null, null, null,
                    spikes), List.of());
        }
    }
}
