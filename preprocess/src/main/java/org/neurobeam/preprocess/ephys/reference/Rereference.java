package org.neurobeam.preprocess.ephys.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neurobeam.ingest.Checks;

/**
 * Re-referencing of channels of one type, as MNE 1.3 {@code set_eeg_reference} / {@code set_bipolar_reference}.
 * As in MNE, bad channels are excluded both from the reference and from re-referencing (their data are
 * returned unchanged); reference channels that are good channels themselves become zero (a single one)
 * or their deviation from the others' mean.
 */
public final class Rereference {

    private Rereference() {
    }

    /** {@code set_eeg_reference('average')}: subtracts the mean of the good channels from the good channels. */
    public static Channels average(Channels channels, Collection<String> bads) {
        List<String> good = new ArrayList<>(channels.names());
        good.removeAll(checked(channels, bads));
        Checks.argument(!good.isEmpty(), "bads", "no good channel left for the average reference");
        return subtractMean(channels, good, bads);
    }

    /**
     * {@code set_eeg_reference(ref_channels)}: subtracts the mean of the given reference channels
     * (bad ones included if named, as MNE does) from the good channels.
     */
    public static Channels toChannels(Channels channels, List<String> referenceChannels, Collection<String> bads) {
        Checks.argument(!referenceChannels.isEmpty(), "ref_channels", "give at least one reference channel");
        return subtractMean(channels, checked(channels, referenceChannels), bads);
    }

    /**
     * {@code set_bipolar_reference(anode, cathode)} with its defaults: channels named {@code anode-cathode}
     * holding anode minus cathode are appended, and the anode and cathode channels are dropped
     * ({@code drop_refs=True}); the other channels keep their order.
     */
    public static Channels bipolar(Channels channels, List<String> anodes, List<String> cathodes) {
        Checks.argument(anodes.size() == cathodes.size() && !anodes.isEmpty(), "anode",
                "need as many anodes as cathodes (got %d and %d)", anodes.size(), cathodes.size());
        Set<String> used = new HashSet<>(checked(channels, anodes));
        used.addAll(checked(channels, cathodes));
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int c = 0; c < channels.names().size(); c++) {
            if (!used.contains(channels.names().get(c))) {
                names.add(channels.names().get(c));
                rows.add(channels.data()[c].clone());
            }
        }
        for (int p = 0; p < anodes.size(); p++) {
            double[] a = channels.data()[channels.index(anodes.get(p))];
            double[] k = channels.data()[channels.index(cathodes.get(p))];
            double[] d = new double[a.length];
            for (int t = 0; t < d.length; t++) {
                d[t] = a[t] - k[t];
            }
            names.add(anodes.get(p) + "-" + cathodes.get(p));
            rows.add(d);
        }
        return new Channels(names, rows.toArray(double[][]::new));
    }

    private static Channels subtractMean(Channels channels, Collection<String> from, Collection<String> bads) {
        Set<String> bad = new HashSet<>(checked(channels, bads));
        double[][] data = channels.data();
        int n = data.length == 0 ? 0 : data[0].length;
        double[] mean = new double[n];
        for (String name : from) {
            double[] row = data[channels.index(name)];
            for (int t = 0; t < n; t++) {
                mean[t] += row[t];
            }
        }
        for (int t = 0; t < n; t++) {
            mean[t] /= from.size();
        }
        double[][] out = new double[data.length][];
        for (int c = 0; c < data.length; c++) {
            out[c] = data[c].clone();
            if (!bad.contains(channels.names().get(c))) {
                for (int t = 0; t < n; t++) {
                    out[c][t] -= mean[t];
                }
            }
        }
        return new Channels(channels.names(), out);
    }

    private static List<String> checked(Channels channels, Collection<String> names) {
        names.forEach(channels::index);
        return List.copyOf(names);
    }
}
