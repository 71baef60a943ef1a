package org.neurobeam.pipelines.ephys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.brainvision.BrainVisionReader;
import org.neurobeam.ingest.edf.EdfReader;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.ingest.fif.FifReader;
import org.neurobeam.pipelines.run.BoldRecording;
import org.neurobeam.pipelines.run.FileChecksums;
import org.neurobeam.pipelines.run.ReadResult;

/**
 * Reads one EEG, MEG or iEEG recording (EDF/BDF, BrainVision, FIF): every sample of every channel is read
 * once in windows of {@value #WINDOW} samples (a truncated file fails here), and the file is hashed as a
 * stream, so memory stays bounded by one window.
 */
public final class EphysRecording {

    /** Samples per channel read at a time while validating. */
    static final int WINDOW = 65_536;

    private EphysRecording() {
    }

    /** Opens the reader of {@code file}'s format, chosen by its extension. */
    public static RawReader open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".edf") || name.endsWith(".bdf")) {
            return EdfReader.open(file);
        }
        if (name.endsWith(".vhdr")) {
            return BrainVisionReader.open(file);
        }
        if (name.endsWith(".fif") || name.endsWith(".fif.gz")) {
            return FifReader.open(file);
        }
        throw new InvalidInputException(file, null, "unsupported electrophysiology format: EDF/BDF (.edf, .bdf), "
                + "BrainVision (.vhdr) and FIF (.fif) are read");
    }

    /** The recordings row: shape [channels, samples at the highest rate], sampling_rate the highest rate. */
    public static ReadResult read(RecordingRef ref) throws IOException {
        Path file = Path.of(ref.path());
        try (RawReader reader = open(file)) {
            RawInfo info = reader.info();
            if (info.channels().isEmpty()) {
                throw new InvalidInputException(file, null, "the recording holds no channel");
            }
            Channel fastest = info.channels().get(0);
            for (int c = 0; c < info.channels().size(); c++) {
                Channel channel = info.channels().get(c);
                for (long start = 0; start < channel.sampleCount(); start += WINDOW) {
                    reader.read(c, start, (int) Math.min(WINDOW, channel.sampleCount() - start));
                }
                fastest = channel.sampleRate() > fastest.sampleRate() ? channel : fastest;
            }
            List<String> notes = new ArrayList<>();
            info.warnings().forEach(w -> notes.add("read: " + w));
            return new ReadResult(BoldRecording.row(ref, FileChecksums.sha256(file), List.of(info.channels().size(),
                    (int) fastest.sampleCount()), null, null, null, fastest.sampleRate(), fastest.sampleCount()),
                    notes);
        }
    }
}
