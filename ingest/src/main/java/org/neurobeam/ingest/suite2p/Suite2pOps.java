package org.neurobeam.ingest.suite2p;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.npy.NpyArray;

/**
 * The settings of a suite2p plane ({@code ops.npy}, a pickled dict; suite2p docs "Settings (ops.npy)").
 * {@code fs}, {@code nframes}, {@code Ly} and {@code Lx} are required; the trace-processing settings
 * fall back to suite2p's {@code default_ops()} values when absent (tau 1.0 s, neucoeff 0.7, baseline
 * "maximin", win_baseline 60 s, sig_baseline 10, prctile_baseline 8).
 *
 * @param fs              frame rate per plane, Hz
 * @param nframes         number of frames
 * @param ly              image height, pixels
 * @param lx              image width, pixels
 * @param tau             indicator decay time constant, s
 * @param neucoeff        neuropil coefficient
 * @param baseline        baseline method ({@code maximin}, {@code constant}, {@code constant_prctile})
 * @param winBaseline     baseline window, s
 * @param sigBaseline     Gaussian smoothing width before the baseline filter, frames
 * @param prctileBaseline percentile for the {@code constant_prctile} baseline
 * @param raw             every key as unpickled (arrays as {@link NpyArray})
 */
public record Suite2pOps(double fs, long nframes, int ly, int lx, double tau, double neucoeff, String baseline,
        double winBaseline, double sigBaseline, double prctileBaseline, Map<String, Object> raw) {

    public Suite2pOps {
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** Reads the typed settings from the unpickled dict of {@code file}. */
    static Suite2pOps of(Object unpickled, Path file) throws InvalidInputException {
        Map<?, ?> ops = PickledValues.dict(unpickled, file, "ops");
        Map<String, Object> raw = new LinkedHashMap<>();
        ops.forEach((k, v) -> raw.put(String.valueOf(k), v));
        double fs = PickledValues.number(ops, "fs", file);
        if (!(fs > 0 && Double.isFinite(fs))) {
            throw new InvalidInputException(file, "fs", "expected a positive frame rate, got " + fs);
        }
        return new Suite2pOps(fs, PickledValues.integer(ops, "nframes", file),
                (int) PickledValues.integer(ops, "Ly", file), (int) PickledValues.integer(ops, "Lx", file),
                PickledValues.number(ops, "tau", 1.0, file), PickledValues.number(ops, "neucoeff", 0.7, file),
                PickledValues.string(ops, "baseline", "maximin", file),
                PickledValues.number(ops, "win_baseline", 60.0, file),
                PickledValues.number(ops, "sig_baseline", 10.0, file),
                PickledValues.number(ops, "prctile_baseline", 8.0, file), raw);
    }

    /** The mean registered image {@code meanImg} (Ly × Lx), when saved. */
    public Optional<NpyArray> meanImage() {
        return raw.get("meanImg") instanceof NpyArray image ? Optional.of(image) : Optional.empty();
    }
}
