package org.neurobeam.ingest.celegans;

import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The row invariants of the collection (notes connectome.md §E.5, from worm-data-preprocess): the signal and
 * {@code time_in_seconds} both hold {@code max_timesteps} values, the median of {@code diff(time)} is within the
 * configured tolerance of the collection's dt (the preprocessing asserts the same after resampling), and the
 * signal is not all zeros (the collection drops such neurons). Each failure names the file, the column, the worm
 * and the neuron.
 */
public final class NeuronChecks {

    private NeuronChecks() {
    }

    /** Fails with an {@link InvalidInputException} naming the first invariant {@code n} breaks. */
    public static void check(Path file, NeuronActivity n, CollectionConfig config) throws InvalidInputException {
        Checks.input(n.maxTimesteps() >= 2, file, "max_timesteps", "%s: expected at least 2 timesteps, got %d",
                n.describe(), n.maxTimesteps());
        Checks.input(n.signal().length == n.maxTimesteps(), file, config.signal(),
                "%s: %d values, expected max_timesteps = %d", n.describe(), n.signal().length, n.maxTimesteps());
        Checks.input(n.time().length == n.maxTimesteps(), file, "time_in_seconds",
                "%s: %d values, expected max_timesteps = %d", n.describe(), n.time().length, n.maxTimesteps());
        double dt = medianStep(n.time());
        Checks.input(Math.abs(dt - config.dt()) <= config.dtTolerance(), file, "time_in_seconds",
                "%s: median dt %.4f s, expected %.4f ± %.4f s", n.describe(), dt, config.dt(), config.dtTolerance());
        boolean allZero = true;
        for (float v : n.signal()) {
            allZero &= v == 0f;
        }
        Checks.input(!allZero, file, config.signal(), "%s: all %d values are 0 (the collection drops such neurons)",
                n.describe(), n.signal().length);
    }

    /** The median of consecutive differences (the mean of the two middle ones for an even count). */
    static double medianStep(float[] time) {
        double[] steps = new double[time.length - 1];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = (double) time[i + 1] - time[i];
        }
        Arrays.sort(steps);
        int m = steps.length / 2;
        return steps.length % 2 == 1 ? steps[m] : (steps[m - 1] + steps[m]) / 2;
    }
}
