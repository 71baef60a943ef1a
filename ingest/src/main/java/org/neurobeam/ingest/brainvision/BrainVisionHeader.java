package org.neurobeam.ingest.brainvision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A validated {@code .vhdr} (BrainVision Core Data Format 1.0, "Header file"): binary time-domain data
 * only (as MNE; ASCII data is rejected), little-endian, multiplexed or vectorized. The data file
 * must exist and hold a whole number of samples for every channel.
 */
public final class BrainVisionHeader {

    private static final double MICROSECONDS = 1e6;

    private final Path file;
    private final Path dataFile;
    private final Path markerFile;
    private final BinaryFormat format;
    private final boolean vectorized;
    private final List<BrainVisionChannel> channels;
    private final double samplingInterval;
    private final long samples;
    private final List<String> warnings;

    private BrainVisionHeader(Path file, Path dataFile, Path markerFile, BinaryFormat format, boolean vectorized,
            List<BrainVisionChannel> channels, double samplingInterval, long samples, List<String> warnings) {
        this.file = file;
        this.dataFile = dataFile;
        this.markerFile = markerFile;
        this.format = format;
        this.vectorized = vectorized;
        this.channels = List.copyOf(channels);
        this.samplingInterval = samplingInterval;
        this.samples = samples;
        this.warnings = List.copyOf(warnings);
    }

    /** Reads and checks {@code vhdr}; fails naming the field at fault. */
    public static BrainVisionHeader read(Path vhdr) throws IOException {
        Checks.input(Files.isRegularFile(vhdr), vhdr, null, "header file not found");
        List<String> warnings = new ArrayList<>();
        IniText ini = IniText.parse(vhdr, Files.readAllBytes(vhdr), warnings);
        Checks.input(ini.firstLine().matches("Brain ?Vision Data Exchange Header File.*"), vhdr, "identification line",
                "expected 'Brain Vision Data Exchange Header File Version 1.0', got '%s'", ini.firstLine());
        Path data = vhdr.resolveSibling(ini.required("Common Infos", "DataFile"));
        Checks.input(Files.isRegularFile(data), vhdr, "DataFile", "data file %s not found", data);
        String marker = ini.section("Common Infos").get("MarkerFile");
        Path markers = marker == null || marker.isEmpty() ? null : vhdr.resolveSibling(marker);
        String dataFormat = ini.section("Common Infos").getOrDefault("DataFormat", "BINARY");
        Checks.input(dataFormat.equalsIgnoreCase("BINARY"), vhdr, "DataFormat",
                "only BINARY data is read (as MNE), got '%s'", dataFormat);
        String dataType = ini.section("Common Infos").getOrDefault("DataType", "TIMEDOMAIN");
        Checks.input(dataType.equalsIgnoreCase("TIMEDOMAIN"), vhdr, "DataType", "expected TIMEDOMAIN, got '%s'",
                dataType);
        String orientation = ini.section("Common Infos").getOrDefault("DataOrientation", "MULTIPLEXED")
                .toUpperCase(Locale.ROOT);
        Checks.input(orientation.equals("MULTIPLEXED") || orientation.equals("VECTORIZED"), vhdr, "DataOrientation",
                "expected MULTIPLEXED or VECTORIZED, got '%s'", orientation);
        int count = positiveInt(ini.required("Common Infos", "NumberOfChannels"), vhdr, "NumberOfChannels");
        double interval = positive(ini.required("Common Infos", "SamplingInterval"), vhdr, "SamplingInterval");
        BinaryFormat format = format(ini.required("Binary Infos", "BinaryFormat"), vhdr);
        String order = ini.section("Binary Infos").getOrDefault("UseBigEndianOrder", "NO");
        Checks.input(order.equalsIgnoreCase("NO"), vhdr, "UseBigEndianOrder", "only little-endian data is read");
        List<BrainVisionChannel> channels = channels(ini.numbered("Channel Infos", "Ch"), vhdr);
        Checks.input(channels.size() == count, vhdr, "NumberOfChannels",
                "says %d, [Channel Infos] lists Ch1..Ch%d", count, channels.size());
        long size = Files.size(data);
        long frame = (long) count * format.bytes;
        Checks.input(size % frame == 0, vhdr, "DataFile", "%s holds %d bytes, not a whole number of %d-byte samples"
                + " of %d %s channels", data, size, frame, count, format);
        return new BrainVisionHeader(vhdr, data, markers, format, orientation.equals("VECTORIZED"), channels,
                interval, size / frame, warnings);
    }

    private static BinaryFormat format(String value, Path vhdr) throws InvalidInputException {
        try {
            return BinaryFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(vhdr, "BinaryFormat", "expected INT_16, INT_32 or IEEE_FLOAT_32, got '"
                    + value + "'");
        }
    }

    private static List<BrainVisionChannel> channels(List<String> lines, Path vhdr) throws InvalidInputException {
        List<BrainVisionChannel> channels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(",", -1);
            String field = "Ch" + (i + 1);
            Checks.input(parts.length >= 3 && !parts[0].isEmpty(), vhdr, field,
                    "expected <name>,<reference>,<resolution>[,<unit>], got '%s'", lines.get(i));
            double resolution = parts[2].isBlank() ? 1 : number(parts[2], vhdr, field);
            String unit = parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : "\u00b5V";
            channels.add(new BrainVisionChannel(parts[0].replace("\\1", ","), parts[1].replace("\\1", ","),
                    resolution, unit));
        }
        return channels;
    }

    private static int positiveInt(String value, Path vhdr, String field) throws InvalidInputException {
        try {
            int parsed = Integer.parseInt(value);
            Checks.input(parsed > 0, vhdr, field, "expected a positive integer, got %d", parsed);
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(vhdr, field, "expected a positive integer, got '" + value + "'");
        }
    }

    private static double positive(String value, Path vhdr, String field) throws InvalidInputException {
        double parsed = number(value, vhdr, field);
        Checks.input(parsed > 0 && Double.isFinite(parsed), vhdr, field, "expected a positive number, got '%s'", value);
        return parsed;
    }

    private static double number(String value, Path vhdr, String field) throws InvalidInputException {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(vhdr, field, "expected a number, got '" + value + "'");
        }
    }

    public Path file() {
        return file;
    }

    /** The binary data file named by DataFile, resolved next to the header. */
    public Path dataFile() {
        return dataFile;
    }

    /** The marker file named by MarkerFile, or {@code null}. */
    public Path markerFile() {
        return markerFile;
    }

    BinaryFormat format() {
        return format;
    }

    /** Whether all samples of channel 1 come first (VECTORIZED) rather than one sample of each channel in turn. */
    public boolean vectorized() {
        return vectorized;
    }

    public List<BrainVisionChannel> channels() {
        return channels;
    }

    /** Sampling rate in Hz, 10^6 / SamplingInterval (µs). */
    public double samplingRate() {
        return MICROSECONDS / samplingInterval;
    }

    /** Samples per channel in the data file. */
    public long samples() {
        return samples;
    }

    public List<String> warnings() {
        return warnings;
    }
}
