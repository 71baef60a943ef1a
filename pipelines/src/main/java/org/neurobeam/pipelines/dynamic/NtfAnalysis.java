package org.neurobeam.pipelines.dynamic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neurobeam.connectome.community.Louvain;
import org.neurobeam.connectome.community.LouvainConfig;
import org.neurobeam.connectome.community.LouvainResult;
import org.neurobeam.connectome.community.SbmConfig;
import org.neurobeam.connectome.community.SbmFit;
import org.neurobeam.connectome.community.WeightedSbm;
import org.neurobeam.connectome.graph.ParticipationCoefficient;
import org.neurobeam.connectome.graph.Strength;
import org.neurobeam.connectome.graph.Triangles;
import org.neurobeam.connectome.graph.WeightedClustering;
import org.neurobeam.connectome.graph.WeightedGraph;
import org.neurobeam.connectome.ntf.AffinityConfig;
import org.neurobeam.connectome.ntf.AffinityTensor;
import org.neurobeam.connectome.ntf.AnimalTraces;
import org.neurobeam.connectome.ntf.CpModel;
import org.neurobeam.connectome.ntf.NonNegativeCp;
import org.neurobeam.connectome.ntf.NtfConfig;
import org.neurobeam.connectome.ntf.NtfFit;
import org.neurobeam.connectome.ntf.PairAffinities;
import org.neurobeam.connectome.ntf.RankSweep;
import org.neurobeam.pipelines.dynamic.InputTables.Trace;
import org.neurobeam.pipelines.tables.CommunitiesTable;
import org.neurobeam.pipelines.tables.GraphMetricsTable;
import org.neurobeam.pipelines.tables.NtfFactorsTable;

/**
 * Calcium NTF (Dyballa et al. 2024): recordings are animals, units are matched across them by {@code label}
 * (unlabelled units are left out, never matched by position; a unit an animal lacks is masked). Differential
 * affinity tensor, non-negative CP, then per component the graph of its strongest pair loadings with a
 * weighted SBM, a Louvain baseline and node measures. The analysis id is the trace kind.
 */
final class NtfAnalysis {

    static final String STAGE = "ntf";

    private NtfAnalysis() {
    }

    /** The animals' aligned traces over the common, label-sorted unit set. */
    private record Cohort(List<String> animals, List<String> units, List<AnimalTraces> traces, double rate,
            int time) {
    }

    /** Runs the analysis of {@code traces} (one kind, any order) into {@code out}; false when it could not run. */
    static boolean run(String kind, List<Trace> traces, DynamicSettings settings, DynamicOutput out) {
        ObjectNode provenance = out.provenance().putObject(STAGE + "_" + kind);
        List<Trace> sorted = new ArrayList<>(traces);
        sorted.sort(Comparator.comparing(Trace::recordingId).thenComparingInt(Trace::unit));
        try {
            Cohort cohort = cohort(kind, sorted, out);
            int window = settings.windowSeconds() == null ? AffinityConfig.differential().windowSamples()
                    : (int) Math.round(settings.windowSeconds() * cohort.rate());
            AffinityConfig affinity = AffinityConfig.differential().withWindowSamples(window);
            AffinityTensor tensor = PairAffinities.tensor(cohort.traces(), affinity);
            provenance.put("rate", cohort.rate());
            provenance.put("time_points", cohort.time());
            provenance.put("affinity", affinity.kind().name().toLowerCase());
            provenance.put("window_samples", affinity.windowSamples());
            provenance.put("smoothing_sigma_samples", affinity.smoothingSigmaSamples());
            provenance.put("missing_entries", tensor.missing());
            ArrayNode animals = provenance.putArray("animals");
            cohort.animals().forEach(animals::add);
            CpModel model = factorise(tensor, settings, provenance);
            emit(kind, cohort, model, affinity, settings, out);
            return true;
        } catch (IllegalArgumentException error) {
            out.fail(kind, STAGE, error.getMessage());
            return false;
        }
    }

    private static Cohort cohort(String kind, List<Trace> traces, DynamicOutput out) {
        Map<String, Map<String, Trace>> byRecording = new TreeMap<>();
        Map<String, Integer> unlabelled = new TreeMap<>();
        for (Trace t : traces) {
            Map<String, Trace> units = byRecording.computeIfAbsent(t.recordingId(), k -> new TreeMap<>());
            if (t.label() == null || t.label().isEmpty()) {
                unlabelled.merge(t.recordingId(), 1, Integer::sum);
            } else if (units.putIfAbsent(t.label(), t) != null) {
                out.fail(t.recordingId(), STAGE, "label '" + t.label() + "' names two units; the second (unit "
                        + t.unit() + ") is left out");
            }
        }
        unlabelled.forEach((id, n) -> out.fail(id, STAGE, n + " units without a label are left out (units are "
                + "matched across recordings by label)"));
        double rate = byRecording.values().stream().flatMap(m -> m.values().stream()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no labelled traces of kind '" + kind + "'"))
                .rate();
        int time = Integer.MAX_VALUE;
        TreeSet<String> labels = new TreeSet<>();
        Map<String, Map<String, double[]>> usable = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Trace>> e : byRecording.entrySet()) {
            Map<String, double[]> units = new TreeMap<>();
            for (Trace t : e.getValue().values()) {
                if (t.rate() != rate) {
                    out.fail(e.getKey(), STAGE, "rate " + t.rate() + " Hz differs from the cohort's " + rate
                            + " Hz; recording left out");
                    units.clear();
                    break;
                }
                String problem = problem(t.values());
                if (problem != null) {
                    out.fail(e.getKey(), STAGE, "unit '" + t.label() + "' " + problem + "; treated as absent");
                } else {
                    units.put(t.label(), t.values());
                }
            }
            if (units.isEmpty()) {
                out.fail(e.getKey(), STAGE, "animal has no usable unit; left out");
                continue;
            }
            usable.put(e.getKey(), units);
            labels.addAll(units.keySet());
            time = Math.min(time, units.values().stream().mapToInt(v -> v.length).min().orElse(0));
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no animal has a usable unit of kind '" + kind + "'");
        }
        List<String> units = new ArrayList<>(labels);
        List<AnimalTraces> animals = new ArrayList<>();
        for (Map<String, double[]> own : usable.values()) {
            double[][] x = new double[time][units.size()];
            boolean[] present = new boolean[units.size()];
            for (int i = 0; i < units.size(); i++) {
                double[] v = own.get(units.get(i));
                present[i] = v != null;
                for (int t = 0; t < time; t++) {
                    x[t][i] = v == null ? Double.NaN : v[t];
                }
            }
            animals.add(new AnimalTraces(x, present));
        }
        return new Cohort(List.copyOf(usable.keySet()), units, animals, rate, time);
    }

    /** Why a trace cannot enter the tensor, or null. */
    private static String problem(double[] v) {
        if (v.length == 0) {
            return "has no values";
        }
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return "has non-finite values";
            }
        }
        return Arrays.stream(v).allMatch(x -> x == v[0]) ? "is constant" : null;
    }

    private static CpModel factorise(AffinityTensor tensor, DynamicSettings settings, ObjectNode provenance) {
        NtfConfig config = NtfConfig.of(1).withSeed(settings.seed());
        provenance.put("restarts", config.restarts());
        NtfFit fit;
        if (settings.rank() != null) {
            fit = NonNegativeCp.fit(tensor, config.withRank(settings.rank()));
        } else {
            RankSweep sweep = RankSweep.run(tensor, DynamicSettings.MAX_RANK, config);
            fit = sweep.fits().get(sweep.selectedRank() - 1);
            ArrayNode fits = provenance.putArray("fit_by_rank");
            Arrays.stream(sweep.fitByRank()).forEach(fits::add);
            ArrayNode stabilities = provenance.putArray("stability_by_rank");
            Arrays.stream(sweep.stabilityByRank()).forEach(stabilities::add);
        }
        CpModel model = fit.best();
        provenance.put("rank", model.rank());
        provenance.put("fit", model.fit());
        provenance.put("stability", fit.stability());
        ArrayNode weights = provenance.putArray("component_weights");
        Arrays.stream(model.weights()).forEach(weights::add);
        return model;
    }

    private static void emit(String kind, Cohort cohort, CpModel model, AffinityConfig affinity,
            DynamicSettings settings, DynamicOutput out) {
        List<String> units = cohort.units();
        for (int r = 0; r < model.rank(); r++) {
            double[] pairs = model.column(0, r);
            int p = 0;
            for (int i = 0; i < units.size(); i++) {
                for (int j = i + 1; j < units.size(); j++, p++) {
                    out.add(NtfFactorsTable.NAME, NtfFactorsTable.row(kind, r, "pair", p,
                            units.get(i) + "|" + units.get(j), pairs[p]));
                }
            }
            double[] time = model.column(1, r);
            for (int tau = 0; tau < time.length; tau++) {
                out.add(NtfFactorsTable.NAME, NtfFactorsTable.row(kind, r, "time", tau,
                        Double.toString(tau * affinity.windowSamples() / cohort.rate()), time[tau]));
            }
            double[] animals = model.column(2, r);
            for (int w = 0; w < animals.length; w++) {
                out.add(NtfFactorsTable.NAME, NtfFactorsTable.row(kind, r, "animal", w, cohort.animals().get(w),
                        animals[w]));
            }
            try {
                graph(kind, r, units, WeightedGraph.fromPairs(pairs).keepStrongest(DynamicSettings.KEEP_STRONGEST),
                        settings.seed(), out);
            } catch (IllegalArgumentException error) {
                out.fail(kind, "communities", "component " + r + ": " + error.getMessage());
            }
        }
    }

    private static void graph(String kind, int r, List<String> units, WeightedGraph graph, long seed,
            DynamicOutput out) {
        SbmFit sbm = WeightedSbm.fit(graph, SbmConfig.defaults().withSeed(seed));
        LouvainResult louvain = Louvain.fit(graph, new LouvainConfig(1.0, seed));
        double[] strength = Strength.of(graph);
        double[] clustering = WeightedClustering.of(graph);
        long[] triangles = Triangles.perNode(graph);
        double[] participation = ParticipationCoefficient.of(graph, sbm.labels());
        for (int u = 0; u < units.size(); u++) {
            out.add(CommunitiesTable.NAME, CommunitiesTable.row(kind, r, "sbm", u, units.get(u), sbm.labels()[u]));
            out.add(CommunitiesTable.NAME, CommunitiesTable.row(kind, r, "louvain", u, units.get(u),
                    louvain.labels()[u]));
            out.add(GraphMetricsTable.NAME, GraphMetricsTable.row(kind, r, u, units.get(u), strength[u],
                    clustering[u], triangles[u], participation[u]));
        }
    }
}
