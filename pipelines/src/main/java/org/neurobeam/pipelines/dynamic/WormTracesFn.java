package org.neurobeam.pipelines.dynamic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.celegans.NeuronActivity;
import org.neurobeam.ingest.celegans.WormActivity;
import org.neurobeam.ingest.celegans.WormKey;
import org.neurobeam.pipelines.dynamic.InputTables.Trace;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * One worm's rows, grouped: checked against each other ({@link WormActivity#of}) and turned into NTF traces
 * of the kind named by the signal column. The animal is {@code source_dataset/worm}; a labelled neuron's unit
 * label is its label, so it is matched across worms. An unlabelled neuron has no label: its id means nothing
 * outside its worm and its slot is random, so it cannot be matched, and a unit seen in one worm only would give
 * pairs with other worms' such units that no animal observes, which the NTF cannot fit. It goes to
 * {@link NtfAnalysis} without a label, which leaves it out with a {@code failures} note per worm. A worm with a
 * problem is left out with its {@code failures} rows.
 */
final class WormTracesFn extends DoFn<KV<String, Iterable<WormRow>>, KV<String, Trace>> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<KV<String, Trace>> TRACES = new TupleTag<>() { };
    static final TupleTag<Row> FAILURES = new TupleTag<>() { };

    private final WormInput input;

    WormTracesFn(WormInput input) {
        this.input = input;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<WormRow>> worm, MultiOutputReceiver out) {
        List<NeuronActivity> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String file = null;
        for (WormRow row : worm.getValue()) {
            file = row.file();
            if (row.problem() != null) {
                problems.add(row.problem());
            } else {
                rows.add(row.neuron());
            }
        }
        if (problems.isEmpty()) {
            try {
                emit(WormActivity.of(Path.of(file), rows.get(0).worm(), rows), out);
                return;
            } catch (InvalidInputException e) {
                problems.add(e.getMessage());
            }
        }
        problems.stream().sorted().forEach(p -> {
            DynamicPipeline.FAILURES.inc();
            out.get(FAILURES).output(FailuresTable.row(worm.getKey(), WormCollection.STAGE, "InvalidInput",
                    p + "; worm left out"));
        });
    }

    private void emit(WormActivity worm, MultiOutputReceiver out) {
        String kind = input.config().signal();
        double rate = 1 / input.config().dt();
        WormKey key = worm.key();
        int unit = 0;
        for (NeuronActivity n : worm.labelled()) {
            out.get(TRACES).output(KV.of(kind, new Trace(key.toString(), unit++, n.neuron(), rate, values(n))));
        }
        for (NeuronActivity n : worm.unlabelled()) {
            out.get(TRACES).output(KV.of(kind, new Trace(key.toString(), unit++, null, rate, values(n))));
        }
    }

    private static double[] values(NeuronActivity n) {
        double[] v = new double[n.signal().length];
        for (int t = 0; t < v.length; t++) {
            v[t] = n.signal()[t];
        }
        return v;
    }
}
