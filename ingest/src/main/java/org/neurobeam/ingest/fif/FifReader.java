package org.neurobeam.ingest.fif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.ingest.ephys.Segment;
import org.neurobeam.ingest.ephys.StimDecoder;
import org.neurobeam.ingest.ephys.TriggerEvent;

/**
 * Reads raw Neuromag/MNE FIF files, split parts included ({@link FifSplits}), by reading only the rows
 * of the data buffers a window needs. Values are stored value x cal x range, as MNE's
 * {@code get_data()}. Skips read as zeros and are reported as gaps and as "BAD_ACQ_SKIP" annotations,
 * as MNE adds them.
 */
public final class FifReader implements RawReader {

    /** MNE's default stim channels for {@code find_events}, in its order of preference. */
    private static final List<String> STIM_NAMES = List.of("STI101", "STI 014");
    private static final int EVENT_CHUNK = 1 << 16;
    private static final double NANOS = 1e9;

    private final List<FifFile> parts;
    private final FifMeasInfo meas;
    private final FifRawData data;
    private final RawInfo info;

    private FifReader(List<FifFile> parts, FifMeasInfo meas, FifRawData data, RawInfo info) {
        this.parts = parts;
        this.meas = meas;
        this.data = data;
        this.info = info;
    }

    /** Opens {@code file}: scans its tags, reads the measurement info, annotations and buffer layout. */
    public static FifReader open(Path file) throws IOException {
        List<FifFile> parts = new ArrayList<>();
        try {
            FifFile fif = FifFile.open(file);
            parts.add(fif);
            FifMeasInfo meas = FifMeasInfo.read(fif);
            int nchan = meas.channels().size();
            FifRawData data = FifRawData.read(fif, nchan, 0);
            List<String> warnings = new ArrayList<>();
            for (Path next = FifSplits.next(fif); next != null; next = FifSplits.next(parts.get(parts.size() - 1))) {
                Path previous = parts.get(parts.size() - 1).path();
                Checks.input(Files.isRegularFile(next), previous, "FIFF_REF_FILE_NAME", "next split part %s not found",
                        next);
                Path candidate = next;
                Checks.input(parts.stream().noneMatch(p -> p.path().equals(candidate)), previous, "FIFF_REF_FILE_NAME",
                        "split parts form a cycle back to %s", next);
                FifFile part = FifFile.open(next);
                parts.add(part);
                int partChannels = FifMeasInfo.read(part).channels().size();
                Checks.input(partChannels == nchan, next, "FIFF_NCHAN", "split part has %d channels, the first part %d",
                        partChannels, nchan);
                FifRawData more = FifRawData.read(part, nchan, parts.size() - 1);
                if (more.firstSample() != data.firstSample() + data.samples()) {
                    warnings.add(String.format("%s: first sample %d does not continue the previous part (%d);"
                            + " concatenated as MNE does", next, more.firstSample(),
                            data.firstSample() + data.samples()));
                }
                data = data.append(more);
            }
            double rate = meas.sfreq();
            long samples = data.samples();
            List<Channel> channels = new ArrayList<>();
            for (FifChannel c : meas.channels()) {
                channels.add(new Channel(c.name(), c.type(), c.unitSymbol(), rate, samples));
            }
            Instant start = meas.measDate() == null ? null
                    : meas.measDate().plusNanos(Math.round(data.firstSample() / rate * NANOS));
            List<Annotation> annotations = new ArrayList<>(FifAnnotations.read(fif, start));
            List<Segment> segments = new ArrayList<>();
            long runStart = 0;
            for (FifBuffer b : data.buffers()) {
                if (b.isSkip()) {
                    annotations.add(new Annotation(b.first() / rate, b.samples() / rate, "BAD_ACQ_SKIP"));
                    segments.add(run(runStart, b.first(), rate));
                    runStart = b.first() + b.samples();
                }
            }
            segments.add(run(runStart, samples, rate));
            annotations.sort(Comparator.comparingDouble(Annotation::onset));
            return new FifReader(parts, meas, data, new RawInfo(channels, start, annotations, segments, warnings));
        } catch (IOException | RuntimeException e) {
            for (FifFile part : parts) {
                part.close();
            }
            throw e;
        }
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive) as a segment; stored time equals acquired time. */
    private static Segment run(long from, long to, double rate) {
        return new Segment(from / rate, from / rate, (to - from) / rate);
    }

    /** Measurement info as stored: channel kinds, coil types, cal, range, loc, filters, line frequency. */
    public FifMeasInfo measInfo() {
        return meas;
    }

    /** first_samp: the sample number of the first stored sample. */
    public long firstSample() {
        return data.firstSample();
    }

    @Override
    public RawInfo info() {
        return info;
    }

    @Override
    public double[] read(int channel, long start, int count) throws IOException {
        return read(new int[] {channel}, start, count)[0];
    }

    @Override
    public double[][] read(int[] channels, long start, int count) throws IOException {
        checkWindows(channels, start, count);
        double[][] out = new double[channels.length][count];
        int nchan = meas.channels().size();
        List<FifBuffer> buffers = data.buffers();
        int b = bufferAt(start);
        for (int done = 0; done < count; b++) {
            FifBuffer buffer = buffers.get(b);
            int row = (int) (start + done - buffer.first());
            int rows = Math.min(buffer.samples() - row, count - done);
            if (!buffer.isSkip()) {
                int width = buffer.width();
                ByteBuffer bytes = parts.get(buffer.part()).data(buffer.tag(), (long) row * nchan * width,
                        rows * nchan * width);
                for (int i = 0; i < channels.length; i++) {
                    double cal = meas.channels().get(channels[i]).calibration();
                    for (int k = 0; k < rows; k++) {
                        out[i][done + k] = value(bytes, buffer.tag().type(), (k * nchan + channels[i]) * width) * cal;
                    }
                }
            }
            done += rows;
        }
        return out;
    }

    private static double value(ByteBuffer bytes, int type, int at) {
        return switch (type) {
            case Fiff.T_SHORT, Fiff.T_DAU_PACK16 -> bytes.getShort(at);
            case Fiff.T_INT -> bytes.getInt(at);
            case Fiff.T_FLOAT -> bytes.getFloat(at);
            default -> bytes.getDouble(at);
        };
    }

    /** Index of the buffer holding sample {@code sample}. */
    private int bufferAt(long sample) {
        List<FifBuffer> buffers = data.buffers();
        int lo = 0;
        int hi = buffers.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (buffers.get(mid).first() <= sample) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Triggers of MNE's default stim channel ("STI101", else "STI 014", else the first stim channel),
     * values truncated to integers as {@code find_events} does; sample numbers count from the first
     * stored sample (add {@link #firstSample()} for MNE's numbering).
     */
    @Override
    public List<TriggerEvent> events() throws IOException {
        int stim = -1;
        for (String name : STIM_NAMES) {
            stim = stim < 0 ? info.indexOf(name) : stim;
        }
        for (int c = 0; c < info.channels().size() && stim < 0; c++) {
            stim = info.channels().get(c).type() == ChannelType.STIM ? c : -1;
        }
        if (stim < 0) {
            return List.of();
        }
        StimDecoder decoder = new StimDecoder();
        long total = info.channels().get(stim).sampleCount();
        for (long at = 0; at < total; at += EVENT_CHUNK) {
            double[] values = read(stim, at, (int) Math.min(EVENT_CHUNK, total - at));
            int[] codes = new int[values.length];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = (int) values[i];
            }
            decoder.feed(codes);
        }
        return decoder.events();
    }

    @Override
    public void close() throws IOException {
        for (FifFile part : parts) {
            part.close();
        }
    }
}
