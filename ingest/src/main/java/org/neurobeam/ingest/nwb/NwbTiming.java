package org.neurobeam.ingest.nwb;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * When each sample of a TimeSeries was taken (NWB core schema, TimeSeries): either
 * {@code starting_time} with its {@code rate} attribute (Hz) for regular sampling, or a
 * {@code timestamps} dataset, one time in seconds per sample. Timestamps are checked to be finite and
 * ascending, as the NWB Inspector's {@code check_timestamps_ascending} requires (equal neighbours
 * allowed), streamed in chunks so a long series is never held whole.
 */
public final class NwbTiming {

    private static final int CHUNK = 1 << 16;

    private final double startingTime;
    private final double rate;
    private final Dataset timestamps;

    private NwbTiming(double startingTime, double rate, Dataset timestamps) {
        this.startingTime = startingTime;
        this.rate = rate;
        this.timestamps = timestamps;
    }

    /** The timing of {@code series}, whose data hold {@code length} samples. */
    static NwbTiming of(Group series, long length, Path file) throws InvalidInputException {
        Node start = series.getChildren().get("starting_time");
        Node stamps = series.getChildren().get("timestamps");
        String path = NwbFile.path(series);
        Checks.input(start != null || stamps != null, file, path, "neither starting_time nor timestamps is present");
        if (stamps == null) {
            Dataset s = (Dataset) start;
            Attribute rateAttribute = s.getAttribute("rate");
            Checks.input(rateAttribute != null, file, NwbFile.path(s), "missing the rate attribute");
            double rate = HdfValues.number(rateAttribute.getData());
            double t0 = HdfValues.number(s.getData());
            Checks.input(rate > 0 && Double.isFinite(rate), file, NwbFile.path(s) + "@rate",
                    "expected a positive sampling rate, got %s", rate);
            Checks.input(Double.isFinite(t0), file, NwbFile.path(s), "expected a finite starting time, got %s", t0);
            return new NwbTiming(t0, rate, null);
        }
        Dataset t = (Dataset) stamps;
        int[] dims = t.getDimensions();
        Checks.input(dims.length == 1 && dims[0] == length && HdfSlab.isNumeric(t), file, NwbFile.path(t),
                "expected %d numeric timestamps (one per sample), got shape %s", length, Arrays.toString(dims));
        NwbTiming timing = new NwbTiming(Double.NaN, Double.NaN, t);
        timing.checkAscending(file, length);
        return timing;
    }

    private void checkAscending(Path file, long length) throws InvalidInputException {
        double previous = Double.NEGATIVE_INFINITY;
        for (long start = 0; start < length; start += CHUNK) {
            double[] chunk = times(start, (int) Math.min(CHUNK, length - start));
            for (int i = 0; i < chunk.length; i++) {
                long at = start + i;
                Checks.input(Double.isFinite(chunk[i]), file, NwbFile.path(timestamps), "timestamp %d is %s", at, chunk[i]);
                Checks.input(chunk[i] >= previous, file, NwbFile.path(timestamps),
                        "timestamps must be ascending: timestamp %d (%s s) is before timestamp %d (%s s)", at,
                        chunk[i], at - 1, previous);
                previous = chunk[i];
            }
        }
    }

    /** Whether sampling is regular ({@code starting_time} + {@code rate}). */
    public boolean isRegular() {
        return timestamps == null;
    }

    /** Sampling rate in Hz, or NaN when timestamps are explicit. */
    public double rate() {
        return rate;
    }

    /** Time of the first sample in seconds, or NaN when timestamps are explicit. */
    public double startingTime() {
        return startingTime;
    }

    /** Times in seconds of samples {@code [start, start + count)}. */
    public double[] times(long start, int count) {
        if (timestamps != null) {
            double[][] rows = HdfSlab.rows(timestamps, start, count);
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                out[i] = rows[i][0];
            }
            return out;
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = startingTime + (start + i) / rate;
        }
        return out;
    }
}
