package org.neurobeam.ingest.fif;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.ephys.Annotation;

/**
 * MNE's annotations block ({@code FIFFB_MNE_ANNOTATIONS}, written by {@code _write_annotations}):
 * float32 onsets ({@code FIFF_MNE_BASELINE_MIN}) and ends ({@code FIFF_MNE_BASELINE_MAX}), descriptions
 * joined by ':' with ':' escaped as "{COLON}" ({@code FIFF_COMMENT}), and their reference time
 * ({@code FIFF_MEAS_DATE}, seconds and microseconds as doubles; absent: onsets count from the first
 * sample). Durations are end - onset in float32; onsets are rounded to the microsecond, as MNE's
 * {@code Annotations.crop} does through {@code datetime} arithmetic when the raw file is read.
 */
final class FifAnnotations {

    private static final double MICROS = 1e6;

    private FifAnnotations() {
    }

    /**
     * Annotations with onsets relative to {@code firstSample}, the time of the first stored sample
     * (meas_date + first_samp / sfreq; null when the file has no meas_date).
     */
    static List<Annotation> read(FifFile fif, Instant firstSample) throws IOException {
        List<FifBlock> blocks = fif.root().find(Fiff.B_MNE_ANNOTATIONS);
        if (blocks.isEmpty()) {
            return List.of();
        }
        FifBlock block = blocks.get(0);
        FifTag min = block.tag(Fiff.MNE_BASELINE_MIN);
        FifTag max = block.tag(Fiff.MNE_BASELINE_MAX);
        FifTag comment = block.tag(Fiff.COMMENT);
        if (min == null) {
            return List.of();
        }
        double[] onsets = fif.floats(min);
        double[] ends = max == null ? onsets : fif.floats(max);
        String joined = comment == null ? "" : fif.string(comment);
        String[] texts = joined.isEmpty() ? new String[0] : joined.split(":", -1);
        Checks.input(ends.length == onsets.length && texts.length == onsets.length, fif.path(), "FIFFB_MNE_ANNOTATIONS",
                "%d onsets, %d ends and %d descriptions", onsets.length, ends.length, texts.length);
        double shift = 0;
        FifTag orig = block.tag(Fiff.MEAS_DATE);
        if (orig != null && firstSample != null) {
            double[] time = fif.doubles(orig);
            Instant origin = Instant.ofEpochSecond((long) time[0], Math.round(time[1]) * 1000);
            shift = Duration.between(firstSample, origin).toNanos() / 1e9;
        }
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < onsets.length; i++) {
            double onset = Math.round(onsets[i] * MICROS) / MICROS + shift;
            double duration = (float) ends[i] - (float) onsets[i];
            out.add(new Annotation(onset, duration, texts[i].replace("{COLON}", ":")));
        }
        return out;
    }
}
