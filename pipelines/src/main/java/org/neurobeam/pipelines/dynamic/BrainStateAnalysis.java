package org.neurobeam.pipelines.dynamic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neurobeam.connectome.dynamic.ClusterCountRule;
import org.neurobeam.connectome.dynamic.ClusterCountSelection;
import org.neurobeam.connectome.dynamic.SlidingWindowConfig;
import org.neurobeam.connectome.dynamic.SlidingWindowConnectivity;
import org.neurobeam.connectome.dynamic.StateClustering;
import org.neurobeam.connectome.dynamic.StateClusteringConfig;
import org.neurobeam.connectome.dynamic.StateKMeans;
import org.neurobeam.connectome.dynamic.TaperedWindow;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.connectome.dynamic.WindowConfig;
import org.neurobeam.connectome.dynamic.WindowedConnectivity;
import org.neurobeam.pipelines.dynamic.InputTables.RegionSignal;
import org.neurobeam.pipelines.tables.BrainStatesTable;
import org.neurobeam.pipelines.tables.DfcWindowsTable;

/**
 * fMRI brain states (Allen et al. 2014): per recording ({@link #window}, one DoFn call each), tapered
 * sliding-window correlation of its region signals (regions sorted by label value) with Fisher z; then over
 * the cohort ({@link #run}, after a GroupByKey) k-means (L1) over all recordings' windows pooled. A recording
 * that cannot be windowed (too short, a constant region, other regions than the cohort's) gets a failures row
 * and is left out.
 */
final class BrainStateAnalysis {

    static final String STAGE = "brain_states";

    private BrainStateAnalysis() {
    }

    /**
     * One recording's windows: the upper triangles of its Fisher-z window correlations and what the tables
     * need of its window, or why it could not be windowed ({@code failure} non-null, the rest empty).
     */
    record Windows(String id, double tr, int lengthSamples, int stepSamples, double sigmaSamples, int support,
            int[] starts, double[][] edges, String failure) implements Serializable {

        static Windows failed(String id, String failure) {
            return new Windows(id, 0, 0, 0, 0, 0, new int[0], new double[0][], failure);
        }
    }

    /** The most common region set (the first recording's, in id order, among equals). */
    static int[] cohortRegions(Map<String, List<RegionSignal>> byRecording) {
        Map<List<Integer>, Integer> counts = new LinkedHashMap<>();
        for (List<RegionSignal> list : new TreeMap<>(byRecording).values()) {
            counts.merge(list.stream().map(RegionSignal::region).sorted().toList(), 1, Integer::sum);
        }
        List<Integer> best = List.of();
        int bestCount = 0;
        for (Map.Entry<List<Integer>, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The windows of one recording's region signals (any order) over the cohort's {@code regions}. */
    static Windows window(String id, List<RegionSignal> signals, int[] regions, DynamicSettings settings) {
        List<RegionSignal> list = new ArrayList<>(signals);
        list.sort(Comparator.comparingInt(RegionSignal::region));
        int[] own = list.stream().mapToInt(RegionSignal::region).toArray();
        if (!Arrays.equals(own, regions)) {
            return Windows.failed(id, "regions " + Arrays.toString(own) + " differ from the cohort's "
                    + Arrays.toString(regions));
        }
        double tr = list.get(0).tr();
        int time = list.get(0).values().length;
        for (RegionSignal s : list) {
            if (s.tr() != tr || s.values().length != time) {
                return Windows.failed(id, "region " + s.region() + " has tr " + s.tr() + " and "
                        + s.values().length + " values, region " + regions[0] + " has tr " + tr + " and " + time);
            }
        }
        double[][] x = new double[time][regions.length];
        for (int r = 0; r < regions.length; r++) {
            for (int t = 0; t < time; t++) {
                x[t][r] = list.get(r).values()[t];
            }
        }
        try {
            WindowConfig window = new WindowConfig(
                    settings.windowSeconds() == null ? 22 * tr : settings.windowSeconds(),
                    settings.stepSeconds() == null ? tr : settings.stepSeconds(), 3 * tr, tr);
            WindowedConnectivity c = new SlidingWindowConnectivity(
                    SlidingWindowConfig.correlation(window).withFisherZ(true)).compute(x);
            return new Windows(id, tr, window.lengthSamples(), window.stepSamples(), window.sigmaSamples(),
                    TaperedWindow.weights(window).length, c.starts(), c.edges(), null);
        } catch (IllegalArgumentException error) {
            return Windows.failed(id, error.getMessage());
        }
    }

    /** Clusters the cohort's windows (any order) into {@code out}; false when no recording could be analysed. */
    static boolean run(List<Windows> windows, int[] regions, DynamicSettings settings, DynamicOutput out) {
        List<Windows> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(Windows::id));
        ObjectNode provenance = out.provenance().putObject(STAGE);
        ArrayNode regionList = provenance.putArray("regions");
        Arrays.stream(regions).forEach(regionList::add);
        List<Windows> recordings = new ArrayList<>();
        for (Windows w : sorted) {
            if (w.failure() == null) {
                recordings.add(w);
            } else {
                out.fail(w.id(), STAGE, w.failure());
            }
        }
        if (recordings.isEmpty()) {
            out.fail(DynamicSettings.REGION, STAGE, "no recording could be windowed (see the rows above)");
            return false;
        }
        List<double[]> pooled = new ArrayList<>();
        recordings.forEach(r -> pooled.addAll(List.of(r.edges())));
        double[][] rows = pooled.toArray(new double[0][]);
        StateClustering clustering;
        try {
            clustering = cluster(rows, settings, provenance);
        } catch (IllegalArgumentException error) {
            out.fail(DynamicSettings.REGION, STAGE, error.getMessage());
            return false;
        }
        emit(recordings, clustering, regions, out, provenance);
        return true;
    }

    private static StateClustering cluster(double[][] rows, DynamicSettings settings, ObjectNode provenance) {
        StateClusteringConfig config = StateClusteringConfig.of(2).withSeed(settings.seed());
        provenance.put("distance", config.distance().name().toLowerCase());
        provenance.put("restarts", config.restarts());
        if (settings.states() != null) {
            provenance.put("states", settings.states());
            return StateKMeans.fit(rows, config.withClusters(settings.states()));
        }
        int kMax = Math.min(DynamicSettings.MAX_STATES, rows.length - 1);
        ClusterCountSelection selection = ClusterCountSelection.select(rows, 2, kMax, ClusterCountRule.SILHOUETTE,
                config);
        provenance.put("states", selection.clusters());
        ObjectNode sweep = provenance.putObject("silhouette_by_states");
        for (int i = 0; i < selection.ks().length; i++) {
            sweep.put(Integer.toString(selection.ks()[i]), selection.scores()[i]);
        }
        return selection.chosen();
    }

    private static void emit(List<Windows> recordings, StateClustering clustering, int[] regions,
            DynamicOutput out, ObjectNode provenance) {
        ObjectNode windows = provenance.putObject("recordings");
        int offset = 0;
        for (Windows r : recordings) {
            ObjectNode w = windows.putObject(r.id());
            w.put("tr", r.tr());
            w.put("window_samples", r.lengthSamples());
            w.put("step_samples", r.stepSamples());
            w.put("taper_sigma_samples", r.sigmaSamples());
            w.put("support_samples", r.support());
            int[] starts = r.starts();
            for (int k = 0; k < starts.length; k++) {
                out.add(DfcWindowsTable.NAME, DfcWindowsTable.row(r.id(), k, starts[k] * r.tr(),
                        (starts[k] + r.support()) * r.tr(), clustering.assignment()[offset + k]));
            }
            offset += starts.length;
        }
        for (int s = 0; s < clustering.clusters(); s++) {
            double[] centroid = clustering.centroids()[s];
            for (int i = 0; i < regions.length; i++) {
                for (int j = i + 1; j < regions.length; j++) {
                    out.add(BrainStatesTable.NAME, BrainStatesTable.row(s, i, j, regions[i], regions[j],
                            Math.tanh(centroid[UpperTriangle.index(i, j, regions.length)])));
                }
            }
        }
        provenance.put("cost", clustering.cost());
    }
}
