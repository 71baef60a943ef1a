package org.neurobeam.ingest.brainvision;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.ingest.ephys.Segment;
import org.neurobeam.ingest.ephys.SiUnit;
import org.neurobeam.ingest.ephys.TriggerEvent;

/**
 * Reads a BrainVision {@code .vhdr}/{@code .vmrk}/{@code .eeg} triple by positional reads of the
 * samples a window needs (blocks of whole sample rows when multiplexed). Values are stored value x
 * resolution, in SI units for voltages. Markers become annotations as MNE makes them: onset
 * (position - 1) / sfreq, duration points / sfreq, description "type/description"; the date of the
 * first "New Segment" marker is the start time (MNE's meas_date).
 */
public final class BrainVisionReader implements RawReader {

    /** Sample rows per read of multiplexed data. */
    private static final int BLOCK_ROWS = 4096;
    /** MNE's default EOG channel names for BrainVision ({@code read_raw_brainvision(eog=...)}). */
    private static final Set<String> EOG_NAMES = Set.of("HEOGL", "HEOGR", "VEOGB");
    private static final DateTimeFormatter SEGMENT_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSSSSS");

    private final BrainVisionHeader header;
    private final FileChannel data;
    private final RawInfo info;
    private final double[] scale;

    private BrainVisionReader(BrainVisionHeader header, FileChannel data, RawInfo info, double[] scale) {
        this.header = header;
        this.data = data;
        this.info = info;
        this.scale = scale;
    }

    /** Opens the recording described by {@code vhdr}. */
    public static BrainVisionReader open(Path vhdr) throws IOException {
        BrainVisionHeader header = BrainVisionHeader.read(vhdr);
        List<String> warnings = new ArrayList<>(header.warnings());
        List<Marker> markers = List.of();
        if (header.markerFile() != null && Files.isRegularFile(header.markerFile())) {
            markers = MarkerFile.read(header.markerFile(), warnings);
        } else if (header.markerFile() != null) {
            warnings.add(vhdr + ": MarkerFile " + header.markerFile() + " not found; no annotations");
        }
        double rate = header.samplingRate();
        List<Channel> channels = new ArrayList<>();
        double[] scale = new double[header.channels().size()];
        for (int c = 0; c < scale.length; c++) {
            BrainVisionChannel ch = header.channels().get(c);
            SiUnit unit = SiUnit.of(ch.unit());
            scale[c] = ch.resolution() * unit.factor();
            channels.add(new Channel(ch.name(), type(ch.name(), unit), unit.symbol(), rate, header.samples()));
        }
        List<Annotation> annotations = new ArrayList<>();
        Instant start = null;
        for (Marker m : markers) {
            annotations.add(new Annotation((m.position() - 1) / rate, m.points() / rate,
                    m.type() + "/" + m.description()));
            if (start == null && m.type().equals("New Segment") && !m.date().isEmpty() && !m.date().matches("0+")) {
                start = date(m.date(), header.markerFile());
            }
        }
        RawInfo info = new RawInfo(channels, start, annotations,
                List.of(new Segment(0, 0, header.samples() / rate)), warnings);
        return new BrainVisionReader(header, FileChannel.open(header.dataFile(), StandardOpenOption.READ), info, scale);
    }

    private static ChannelType type(String name, SiUnit unit) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (EOG_NAMES.contains(upper) || upper.startsWith("EOG") || upper.startsWith("HEOG")
                || upper.startsWith("VEOG")) {
            return ChannelType.EOG;
        }
        if (upper.startsWith("ECG") || upper.startsWith("EKG")) {
            return ChannelType.ECG;
        }
        return unit.isVoltage() ? ChannelType.EEG : ChannelType.MISC;
    }

    private static Instant date(String value, Path vmrk) throws InvalidInputException {
        try {
            return LocalDateTime.parse(value, SEGMENT_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(vmrk, "New Segment date", "expected yyyyMMddHHmmss plus 6 digits of"
                    + " microseconds, got '" + value + "'");
        }
    }

    public BrainVisionHeader header() {
        return header;
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
        int width = header.format().bytes;
        int n = header.channels().size();
        if (header.vectorized()) {
            ByteBuffer buffer = buffer(Math.min(count, BLOCK_ROWS * n) * width);
            for (int i = 0; i < channels.length; i++) {
                for (int done = 0; done < count; ) {
                    int rows = Math.min(count - done, buffer.capacity() / width);
                    fill(buffer, rows * width, ((long) channels[i] * header.samples() + start + done) * width);
                    for (int k = 0; k < rows; k++) {
                        out[i][done + k] = header.format().sample(buffer, k * width) * scale[channels[i]];
                    }
                    done += rows;
                }
            }
            return out;
        }
        ByteBuffer buffer = buffer(Math.min(count, BLOCK_ROWS) * n * width);
        for (int done = 0; done < count; ) {
            int rows = Math.min(count - done, BLOCK_ROWS);
            fill(buffer, rows * n * width, (start + done) * n * width);
            for (int i = 0; i < channels.length; i++) {
                for (int k = 0; k < rows; k++) {
                    out[i][done + k] = header.format().sample(buffer, (k * n + channels[i]) * width)
                            * scale[channels[i]];
                }
            }
            done += rows;
        }
        return out;
    }

    /** None: BrainVision keeps triggers as markers, which are {@link RawInfo#annotations()}. */
    @Override
    public List<TriggerEvent> events() {
        return List.of();
    }

    private static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(Math.max(bytes, 1)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void fill(ByteBuffer buffer, int bytes, long position) throws IOException {
        buffer.clear().limit(bytes);
        long at = position;
        while (buffer.hasRemaining()) {
            int got = data.read(buffer, at);
            if (got < 0) {
                throw new InvalidInputException(header.dataFile(), "DataFile", "file ends at byte " + at
                        + ", inside the samples the header declares");
            }
            at += got;
        }
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
