package org.neurobeam.pipelines.run;

import java.nio.file.Path;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;
import org.neurobeam.pipelines.calcium.CalciumRecording;
import org.neurobeam.pipelines.ephys.EphysRecording;

/** The reader of each modality; a modality without one fails its recordings with a clear message. */
final class RecordingReaders {

    private RecordingReaders() {
    }

    static RecordingReader of(Modality modality) {
        switch (modality) {
            case BOLD:
                return BoldRecording::read;
            case EEG:
            case MEG:
            case IEEG:
                return EphysRecording::read;
            case CALCIUM:
            case SPIKES:
                return CalciumRecording::read;
            default:
                return ref -> {
                    throw new InvalidInputException(Path.of(ref.path()), null, "no reader yet for "
                            + ref.modality().label() + " recordings ('" + ref.extension() + "')");
                };
        }
    }
}
