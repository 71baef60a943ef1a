package org.neurobeam.ingest.edf;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.ingest.ephys.SiUnit;
import org.neurobeam.ingest.ephys.StimDecoder;
import org.neurobeam.ingest.ephys.TriggerEvent;

/**
 * Reads EDF, EDF+C/D, BDF and BDF+C/D files by positional reads of the data records that hold the
 * requested samples. Channels are the ordinary signals (annotation signals become
 * {@link RawInfo#annotations()}), each at its native rate samples-per-record / record duration.
 * Header times carry no zone; the start is taken as UTC, as MNE does.
 */
public final class EdfReader implements RawReader {

    /** Samples of a stim channel decoded per read when finding events. */
    private static final int EVENT_CHUNK = 1 << 16;
    /** BDF Status: triggers are the low 16 bits (BioSemi BDF notes, "Trigger and status"). */
    private static final int TRIGGER_BITS = 0xffff;

    private final EdfHeader header;
    private final FileChannel channel;
    private final RawInfo info;
    private final List<EdfSignal> ordinary;
    private final List<SiUnit> units;

    private EdfReader(EdfHeader header, FileChannel channel, RawInfo info, List<EdfSignal> ordinary,
            List<SiUnit> units) {
        this.header = header;
        this.channel = channel;
        this.info = info;
        this.ordinary = ordinary;
        this.units = units;
    }

    /** Opens {@code file} with {@link EdfOptions#defaults()}. */
    public static EdfReader open(Path file) throws IOException {
        return open(file, EdfOptions.defaults());
    }

    /** Opens {@code file}: validates the header and scans the annotation signals. */
    public static EdfReader open(Path file, EdfOptions options) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            EdfHeader header = EdfHeader.read(file, channel, options);
            List<String> warnings = new ArrayList<>(header.warnings());
            EdfTimeline timeline = EdfTimeline.scan(header, channel, options.annotationEncoding(), warnings);
            List<EdfSignal> ordinary = header.signals().stream().filter(s -> !s.annotation()).toList();
            List<SiUnit> units = new ArrayList<>();
            List<Channel> channels = new ArrayList<>();
            for (EdfSignal s : ordinary) {
                SiUnit unit = SiUnit.of(s.dimension());
                units.add(unit);
                channels.add(new Channel(s.label(), EdfChannelTypes.of(s.label(), unit), unit.symbol(),
                        s.samplesPerRecord() / header.recordDuration(), s.samplesPerRecord() * header.records()));
            }
            LocalDateTime start = header.start().plusNanos(timeline.firstOnset().movePointRight(9)
                    .setScale(0, RoundingMode.HALF_EVEN).longValueExact());
            RawInfo info = new RawInfo(channels, start.toInstant(ZoneOffset.UTC), timeline.annotations(),
                    timeline.segments(), warnings);
            return new EdfReader(header, channel, info, ordinary, units);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public EdfHeader header() {
        return header;
    }

    /** The header signal behind channel {@code channel}. */
    public EdfSignal signal(int channel) {
        return ordinary.get(channel);
    }

    @Override
    public RawInfo info() {
        return info;
    }

    @Override
    public double[] read(int channel, long start, int count) throws IOException {
        double[] out = readPhysical(channel, start, count);
        double factor = units.get(channel).factor();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    /** Physical values in the stored unit (EDFlib's {@code edfread_physical_samples}). */
    public double[] readPhysical(int channel, long start, int count) throws IOException {
        int[] digital = readDigital(channel, start, count);
        EdfSignal s = ordinary.get(channel);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = s.physical(digital[i]);
        }
        return out;
    }

    /** Digital values as stored (EDFlib's {@code edfread_digital_samples}). */
    public int[] readDigital(int channel, long start, int count) throws IOException {
        checkWindow(channel, start, count);
        EdfSignal s = ordinary.get(channel);
        int spr = s.samplesPerRecord();
        int width = header.variant().sampleBytes();
        int[] out = new int[count];
        ByteBuffer buffer = ByteBuffer.allocate(Math.min(count, spr) * width);
        int done = 0;
        while (done < count) {
            long record = (start + done) / spr;
            int first = (int) ((start + done) % spr);
            int n = Math.min(spr - first, count - done);
            buffer.clear().limit(n * width);
            fill(buffer, recordPosition(record) + s.recordOffset() + (long) first * width);
            decode(buffer.array(), 0, n, out, done);
            done += n;
        }
        return out;
    }

    /** Reads each record of the window once for all {@code channels}. */
    @Override
    public double[][] read(int[] channels, long start, int count) throws IOException {
        checkSameRate(channels);
        double[][] out = new double[channels.length][count];
        if (channels.length == 0 || count == 0) {
            return out;
        }
        checkWindow(channels[0], start, count);
        int spr = ordinary.get(channels[0]).samplesPerRecord();
        int width = header.variant().sampleBytes();
        ByteBuffer record = ByteBuffer.allocate(header.recordBytes());
        int[] digital = new int[spr];
        int done = 0;
        while (done < count) {
            long r = (start + done) / spr;
            int first = (int) ((start + done) % spr);
            int n = Math.min(spr - first, count - done);
            record.clear();
            fill(record, recordPosition(r));
            for (int c = 0; c < channels.length; c++) {
                EdfSignal s = ordinary.get(channels[c]);
                decode(record.array(), s.recordOffset() + first * width, n, digital, 0);
                double factor = units.get(channels[c]).factor();
                for (int i = 0; i < n; i++) {
                    out[c][done + i] = s.physical(digital[i]) * factor;
                }
            }
            done += n;
        }
        return out;
    }

    /** Triggers of a BDF "Status" channel (low 16 bits); EDF files and BDF files without one have none. */
    @Override
    public List<TriggerEvent> events() throws IOException {
        int status = -1;
        for (int c = 0; c < ordinary.size() && header.variant().sampleBytes() == 3; c++) {
            status = ordinary.get(c).label().equalsIgnoreCase("Status") ? c : status;
        }
        if (status < 0) {
            return List.of();
        }
        StimDecoder decoder = new StimDecoder();
        long total = info.channels().get(status).sampleCount();
        for (long at = 0; at < total; at += EVENT_CHUNK) {
            int[] values = readDigital(status, at, (int) Math.min(EVENT_CHUNK, total - at));
            for (int i = 0; i < values.length; i++) {
                values[i] &= TRIGGER_BITS;
            }
            decoder.feed(values);
        }
        return decoder.events();
    }

    private long recordPosition(long record) {
        return header.headerBytes() + record * header.recordBytes();
    }

    private void fill(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new InvalidInputException(header.file(), EdfField.RECORDS.label, String.format(
                        "file ends at byte %d, inside the data records the header declares", at));
            }
            at += n;
        }
    }

    /** Little-endian two's complement samples of 2 (EDF) or 3 (BDF) bytes. */
    private void decode(byte[] bytes, int from, int n, int[] into, int at) {
        if (header.variant().sampleBytes() == 2) {
            for (int i = 0; i < n; i++) {
                int b = from + 2 * i;
                into[at + i] = (bytes[b] & 0xff) | (bytes[b + 1] << 8);
            }
        } else {
            for (int i = 0; i < n; i++) {
                int b = from + 3 * i;
                into[at + i] = (bytes[b] & 0xff) | ((bytes[b + 1] & 0xff) << 8) | (bytes[b + 2] << 16);
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
