package org.neurobeam.ingest.celegans;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * One worm of the collection: its rows checked against each other (notes connectome.md §E.5: one
 * {@code max_timesteps} and one {@code time_in_seconds} for all rows of a worm, one row per neuron, one neuron
 * per slot). Labelled neurons are addressed by slot ({@link #slotMatrix}: time × 300, NaN where the worm lacks
 * the neuron, with {@link #present}); unlabelled neurons only by their string id ({@link #unlabelled}), never by
 * slot, since the preprocessing puts them in random free slots (§E.2 step 8).
 */
public final class WormActivity {

    /** How far two rows' clocks may differ, in seconds (float32 storage of the same resampled clock). */
    static final double TIME_TOLERANCE = 1e-4;

    private final WormKey key;
    private final float[] time;
    private final List<NeuronActivity> labelled;
    private final List<NeuronActivity> unlabelled;

    private WormActivity(WormKey key, float[] time, List<NeuronActivity> labelled, List<NeuronActivity> unlabelled) {
        this.key = key;
        this.time = time;
        this.labelled = labelled;
        this.unlabelled = unlabelled;
    }

    /**
     * Assembles the rows of worm {@code key}, each already checked by {@link NeuronChecks}; fails naming
     * {@code file}, the worm and the column when the rows disagree.
     */
    public static WormActivity of(Path file, WormKey key, List<NeuronActivity> rows) throws InvalidInputException {
        Checks.input(!rows.isEmpty(), file, WormCollectionReader.WORM, "worm %s has no rows", key);
        NeuronActivity first = rows.get(0);
        Set<String> names = new HashSet<>();
        Set<Integer> slots = new HashSet<>();
        for (NeuronActivity n : rows) {
            Checks.argument(n.worm().equals(key), "rows", "row of %s among the rows of %s", n.worm(), key);
            Checks.input(names.add(n.neuron()), file, WormCollectionReader.NEURON, "%s: two rows", n.describe());
            Checks.input(slots.add(n.slot()), file, WormCollectionReader.SLOT, "%s: slot %d is taken by another "
                    + "neuron of the worm", n.describe(), n.slot());
            Checks.input(n.maxTimesteps() == first.maxTimesteps(), file, WormCollectionReader.MAX_TIMESTEPS,
                    "%s: %d, but neuron '%s' of the same worm has %d", n.describe(), n.maxTimesteps(), first.neuron(),
                    first.maxTimesteps());
            int differs = firstDifference(n.time(), first.time());
            Checks.input(differs < 0, file, WormCollectionReader.TIME,
                    "%s: time %.4f s at step %d, but neuron '%s' of the same worm has %.4f s", n.describe(),
                    differs < 0 ? 0f : n.time()[differs], differs, first.neuron(),
                    differs < 0 ? 0f : first.time()[differs]);
        }
        List<NeuronActivity> labelled = new ArrayList<>();
        List<NeuronActivity> unlabelled = new ArrayList<>();
        rows.forEach(n -> (n.labelled() ? labelled : unlabelled).add(n));
        labelled.sort(Comparator.comparingInt(NeuronActivity::slot));
        unlabelled.sort(Comparator.comparing(NeuronActivity::neuron));
        return new WormActivity(key, first.time(), Collections.unmodifiableList(labelled),
                Collections.unmodifiableList(unlabelled));
    }

    private static int firstDifference(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs((double) a[i] - b[i]) <= TIME_TOLERANCE)) {
                return i;
            }
        }
        return -1;
    }

    public WormKey key() {
        return key;
    }

    public int timesteps() {
        return time.length;
    }

    /** The worm's resampled clock in seconds (a copy). */
    public double[] time() {
        double[] out = new double[time.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = time[i];
        }
        return out;
    }

    /** Labelled neurons in slot order. */
    public List<NeuronActivity> labelled() {
        return labelled;
    }

    /** Unlabelled neurons in id order; their slots mean nothing outside this worm. */
    public List<NeuronActivity> unlabelled() {
        return unlabelled;
    }

    /** The labelled neurons' signals as time × {@link LabelSlots#SLOTS}, NaN in slots the worm lacks. */
    public double[][] slotMatrix() {
        double[][] x = new double[time.length][LabelSlots.SLOTS];
        for (double[] row : x) {
            Arrays.fill(row, Double.NaN);
        }
        for (NeuronActivity n : labelled) {
            for (int t = 0; t < time.length; t++) {
                x[t][n.slot()] = n.signal()[t];
            }
        }
        return x;
    }

    /** Which slots {@link #slotMatrix} fills. */
    public boolean[] present() {
        boolean[] out = new boolean[LabelSlots.SLOTS];
        labelled.forEach(n -> out[n.slot()] = true);
        return out;
    }
}
