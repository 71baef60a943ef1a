package org.neurobeam.ingest.edf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Segment;

/**
 * Where each data record lies in time and what the annotation signals say, from one pass over the
 * annotation signals only (one positional read per record and annotation signal). In EDF+ every
 * record's first TAL gives its start relative to the header start time (EDF+ spec §2.2.4); the
 * first record's start is the sub-second part of the recording start. Records are grouped into
 * {@link Segment}s wherever one starts where the previous ends; EDF+D gaps are kept, records that
 * go back in time are rejected.
 *
 * @param firstOnset  start of the first record after the header start time, seconds
 * @param annotations annotations, onsets relative to the first record
 * @param segments    contiguous runs of records
 */
record EdfTimeline(BigDecimal firstOnset, List<Annotation> annotations, List<Segment> segments) {

    /** Records closer than this (seconds) are contiguous: the 100 ns resolution EDF+ onsets are kept at. */
    private static final double CONTIGUOUS = 1e-7;

    static EdfTimeline scan(EdfHeader header, FileChannel channel, Charset charset, List<String> warnings)
            throws IOException {
        double span = header.recordDuration();
        if (!header.variant().isPlus()) {
            return new EdfTimeline(BigDecimal.ZERO, List.of(), List.of(new Segment(0, 0, header.records() * span)));
        }
        List<EdfSignal> signals = header.signals().stream().filter(EdfSignal::annotation).toList();
        TalParser parser = new TalParser(header.file(), charset, warnings);
        List<Annotation> annotations = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        BigDecimal first = null;
        double runOnset = 0;
        long runFirst = 0;
        for (long r = 0; r < header.records(); r++) {
            for (EdfSignal s : signals) {
                long at = header.headerBytes() + r * header.recordBytes() + s.recordOffset();
                List<Tal> tals = parser.parse(EdfHeader.readFully(channel, at,
                        s.samplesPerRecord() * header.variant().sampleBytes()), r);
                boolean keeper = s == signals.get(0);
                Checks.input(!keeper || (!tals.isEmpty() && tals.get(0).texts().get(0).isEmpty()), header.file(),
                        "annotations of data record " + (r + 1),
                        "the first TAL must keep the record's time with an empty annotation (EDF+ spec 2.2.4)");
                if (keeper) {
                    first = first == null ? tals.get(0).onset() : first;
                    double start = tals.get(0).onset().subtract(first).doubleValue();
                    double expected = runOnset + (r - runFirst) * span;
                    if (r > 0 && Math.abs(start - expected) > CONTIGUOUS) {
                        checkGap(start, expected, header, r, warnings);
                        segments.add(new Segment(runOnset, runFirst * span, (r - runFirst) * span));
                        runOnset = start;
                        runFirst = r;
                    }
                }
                for (int t = 0; t < tals.size(); t++) {
                    Tal tal = tals.get(t);
                    double onset = tal.onset().subtract(first).doubleValue();
                    for (int k = keeper && t == 0 ? 1 : 0; k < tal.texts().size(); k++) {
                        if (!tal.texts().get(k).isEmpty()) {
                            annotations.add(new Annotation(onset, tal.duration(), tal.texts().get(k)));
                        }
                    }
                }
            }
        }
        segments.add(new Segment(runOnset, runFirst * span, (header.records() - runFirst) * span));
        return new EdfTimeline(first == null ? BigDecimal.ZERO : first, annotations, segments);
    }

    /** Accepts a gap before record {@code r} (warning when the file claims to be continuous); rejects overlaps. */
    private static void checkGap(double start, double expected, EdfHeader header, long r, List<String> warnings)
            throws IOException {
        Checks.input(start > expected, header.file(), "annotations of data record " + (r + 1),
                "record starts at %s s, before the previous record ends at %s s", start, expected);
        if (!header.variant().isDiscontinuous()) {
            warnings.add(String.format("%s file has a gap of %s s before data record %d; reported as a gap"
                    + " although the reserved field says continuous", header.variant().label(), start - expected,
                    r + 1));
        }
    }
}
