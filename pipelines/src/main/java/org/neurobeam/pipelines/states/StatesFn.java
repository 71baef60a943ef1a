package org.neurobeam.pipelines.states;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.connectome.states.HmmGlm;
import org.neurobeam.connectome.states.HmmGlmFit;
import org.neurobeam.connectome.states.Posterior;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.StateFitTable;
import org.neurobeam.pipelines.tables.StateGlmWeightsTable;
import org.neurobeam.pipelines.tables.StatePathsTable;
import org.neurobeam.pipelines.tables.StatePosteriorsTable;
import org.neurobeam.pipelines.tables.StateTransitionsTable;

/**
 * One fit: a recording (value) under one model (key). Units that never fire are left out (a Poisson GLM cannot
 * fit them; the library refuses them) and listed in provenance; the last {@code heldOutFraction} of the bins are
 * held out of the fit and scored per iteration; posteriors and the Viterbi path cover every bin. A recording the
 * model refuses (more states than bins, counts that are not counts, no unit that fires) becomes a failures row.
 */
final class StatesFn extends DoFn<KV<String, CountsRecording>, Row> {

    private static final long serialVersionUID = 1L;
    static final String STAGE = "states";

    private final StatesSettings settings;
    private final Counter done = Metrics.counter(StatesPipeline.NAMESPACE, StatesPipeline.DONE);
    private final Counter failures = Metrics.counter(StatesPipeline.NAMESPACE, StatesPipeline.FAILURES);

    StatesFn(StatesSettings settings) {
        this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<String, CountsRecording> element, MultiOutputReceiver out) {
        String model = element.getKey();
        CountsRecording recording = element.getValue();
        String id = recording.recordingId();
        List<Integer> firing = new ArrayList<>();
        List<Long> silent = new ArrayList<>();
        for (int u = 0; u < recording.units().length; u++) {
            boolean fires = false;
            for (double[] bin : recording.counts()) {
                fires |= bin[u] != 0;
            }
            if (fires) {
                firing.add(u);
            } else {
                silent.add(recording.units()[u]);
            }
        }
        try {
            if (firing.isEmpty()) {
                throw new IllegalArgumentException("units: no unit fires");
            }
            double[][] counts = columns(recording.counts(), firing);
            int heldOut = (int) Math.floor(counts.length * settings.heldOutFraction());
            List<double[][]> train = List.<double[][]>of(Arrays.copyOfRange(counts, 0, counts.length - heldOut));
            List<double[][]> test = heldOut == 0 ? List.of()
                    : List.<double[][]>of(Arrays.copyOfRange(counts, counts.length - heldOut, counts.length));
            HmmGlmFit fit = new HmmGlm(settings.config(model)).fit(train, test);
            long[] units = firing.stream().mapToLong(u -> recording.units()[u]).toArray();
            emit(out, id, model, fit, counts, units);
            done.inc();
        } catch (IllegalArgumentException e) {
            failures.inc();
            out.get(StatesOutput.TAGS.get(FailuresTable.NAME)).output(FailuresTable.row(recording.source(), STAGE,
                    "InvalidInput", "recording " + id + ", model " + model + ": " + e.getMessage()));
        }
        ObjectNode part = new ObjectMapper().createObjectNode();
        ArrayNode left = part.putObject(id).putArray("silent_units_left_out");
        silent.forEach(left::add);
        out.get(StatesOutput.PROVENANCE).output(part.toString());
    }

    private static double[][] columns(double[][] counts, List<Integer> keep) {
        double[][] out = new double[counts.length][keep.size()];
        for (int t = 0; t < counts.length; t++) {
            for (int k = 0; k < keep.size(); k++) {
                out[t][k] = counts[t][keep.get(k)];
            }
        }
        return out;
    }

    private static void emit(MultiOutputReceiver out, String id, String model, HmmGlmFit fit, double[][] counts,
            long[] units) {
        Posterior posterior = fit.posterior(counts);
        int[] path = fit.viterbi(counts);
        for (int t = 0; t < counts.length; t++) {
            out.get(StatesOutput.TAGS.get(StatePathsTable.NAME)).output(StatePathsTable.row(id, model, t, path[t]));
            for (int s = 0; s < fit.states(); s++) {
                out.get(StatesOutput.TAGS.get(StatePosteriorsTable.NAME))
                        .output(StatePosteriorsTable.row(id, model, t, s, posterior.gamma()[t][s]));
            }
        }
        double[][][] weights = fit.weights();
        double[][] bias = fit.bias();
        double[][] transition = fit.transition();
        for (int s = 0; s < fit.states(); s++) {
            for (int n = 0; n < units.length; n++) {
                out.get(StatesOutput.TAGS.get(StateGlmWeightsTable.NAME))
                        .output(StateGlmWeightsTable.row(id, model, s, units[n], null, null, bias[s][n]));
                for (int m = 0; m < units.length; m++) {
                    out.get(StatesOutput.TAGS.get(StateGlmWeightsTable.NAME))
                            .output(StateGlmWeightsTable.row(id, model, s, units[n], units[m], 0, weights[s][n][m]));
                }
            }
            for (int r = 0; r < fit.states(); r++) {
                out.get(StatesOutput.TAGS.get(StateTransitionsTable.NAME))
                        .output(StateTransitionsTable.row(id, model, s, r, transition[s][r]));
            }
        }
        double[] elbo = fit.objectiveTrace();
        double[] heldOut = fit.heldOutTrace();
        for (int i = 0; i < elbo.length; i++) {
            out.get(StatesOutput.TAGS.get(StateFitTable.NAME)).output(StateFitTable.row(id, model, i, elbo[i],
                    Double.isNaN(heldOut[i]) ? null : heldOut[i]));
        }
    }
}
