package org.neurobeam.cohorts.ephys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.Tsv;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The content of a {@code *_channels.tsv} (BIDS "Electroencephalography", "Magnetoencephalography" and
 * "Intracranial Electroencephalography", Channels description): one {@link Channel} per row, in file order.
 *
 * <p>Fails with an {@link InvalidInputException} naming the file and the column when a column the datatype
 * requires is missing ({@code name}, {@code type}, {@code units}; iEEG also {@code low_cutoff} and
 * {@code high_cutoff}), a row has the wrong width, a name is {@code n/a}, a frequency is not a number or
 * {@code n/a}, or a status is not {@code good}, {@code bad} or {@code n/a}. Reported as warnings instead:
 * channel types the datatype does not list (the rows are kept) and {@code low_cutoff} above
 * {@code high_cutoff} (the high-pass above the low-pass), one warning per value or per file.
 */
public final class Channels {

    private final String path;
    private final EphysDatatype datatype;
    private final List<Channel> channels;
    private final List<Problem> warnings;

    private Channels(String path, EphysDatatype datatype, List<Channel> channels, List<Problem> warnings) {
        this.path = path;
        this.datatype = datatype;
        this.channels = Collections.unmodifiableList(channels);
        this.warnings = Collections.unmodifiableList(warnings);
    }

    /** Reads {@code file}, taking the datatype from its folder ({@code eeg/}, {@code meg/}, {@code ieeg/}). */
    public static Channels read(Path file) throws IOException {
        return read(file, EphysDatatype.ofFolder(file));
    }

    /** Reads {@code file} by the rules of {@code datatype} (for files inherited from above the datatype folder). */
    public static Channels read(Path file, EphysDatatype datatype) throws IOException {
        Tsv tsv = Tsv.read(file);
        Cells cells = new Cells(file, tsv, datatype.channelColumns(), datatype.prefix() + " channels.tsv");
        String path = file.toAbsolutePath().normalize().toString();
        List<Channel> channels = new ArrayList<>();
        Map<String, List<Integer>> unknownTypes = new LinkedHashMap<>();
        List<Integer> inverted = new ArrayList<>();
        for (Tsv.Row row : tsv.rows()) {
            String status = cells.text(row, "status");
            Channel.Status parsed = Channel.Status.parse(status);
            Checks.input(parsed != null, file, "status", "line %d: expected good, bad or n/a, found '%s'",
                    row.line(), status);
            Channel channel = new Channel(cells.required(row, "name"), cells.required(row, "type"),
                    cells.text(row, "units"), cells.number(row, "sampling_frequency"), cells.number(row, "low_cutoff"),
                    cells.number(row, "high_cutoff"), cells.number(row, "notch"), parsed,
                    cells.text(row, "status_description"), cells.text(row, "reference"), cells.text(row, "group"),
                    cells.text(row, "description"));
            if (!datatype.channelTypes().contains(channel.type())) {
                unknownTypes.computeIfAbsent(channel.type(), t -> new ArrayList<>()).add(row.line());
            }
            if (channel.lowCutoff() != null && channel.highCutoff() != null
                    && channel.lowCutoff() > channel.highCutoff()) {
                inverted.add(row.line());
            }
            channels.add(channel);
        }
        List<Problem> warnings = new ArrayList<>();
        unknownTypes.forEach((type, lines) -> warnings.add(Problem.discover(path, "type: '" + type
                + "' is not a BIDS " + datatype.prefix() + " channel type (upper case, one of "
                + datatype.channelTypes().stream().sorted().toList() + "); " + rows(lines))));
        if (!inverted.isEmpty()) {
            warnings.add(Problem.discover(path, "low_cutoff: above high_cutoff (low_cutoff is the high-pass,"
                    + " high_cutoff the low-pass frequency); " + rows(inverted)));
        }
        return new Channels(path, datatype, channels, warnings);
    }

    private static String rows(List<Integer> lines) {
        return lines.size() + (lines.size() == 1 ? " row" : " rows") + ", first on line " + lines.get(0);
    }

    /** Absolute path of the file read. */
    public String path() {
        return path;
    }

    /** The datatype whose rules the file was read by. */
    public EphysDatatype datatype() {
        return datatype;
    }

    /** The rows in file order. */
    public List<Channel> channels() {
        return channels;
    }

    /** The channels whose status is {@code bad}, in file order. */
    public List<Channel> bad() {
        return channels.stream().filter(Channel::bad).toList();
    }

    /** Number of channels of each type, types in order of first appearance. */
    public Map<String, Integer> countByType() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        channels.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** Unknown channel types and inverted filter cut-offs, each naming this file and the column. */
    public List<Problem> warnings() {
        return warnings;
    }
}
