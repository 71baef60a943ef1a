package org.neurobeam.pipelines.dynamic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.celegans.LabelSlots;
import org.neurobeam.ingest.celegans.NeuronActivity;
import org.neurobeam.ingest.celegans.NeuronChecks;
import org.neurobeam.ingest.celegans.WormCollectionReader;
import org.neurobeam.ingest.celegans.WormKey;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * Streams one collection file row by row ({@link WormCollectionReader}) and emits each row under its worm's
 * key, checked ({@link NeuronChecks}, and {@link LabelSlots} over the file); a row that fails becomes a problem
 * under its worm's key, so the grouped step leaves that worm out. A file that cannot be opened is a
 * {@code failures} row; one that cannot be decoded to its end also marks every worm seen so far, since their
 * remaining rows may be lost.
 */
final class ReadWormsFn extends DoFn<String, KV<String, WormRow>> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<KV<String, WormRow>> ROWS = new TupleTag<>() { };
    static final TupleTag<Row> FAILURES = new TupleTag<>() { };

    private final WormInput input;

    ReadWormsFn(WormInput input) {
        this.input = input;
    }

    @ProcessElement
    public void process(@Element String name, MultiOutputReceiver out) {
        Path file = Path.of(name);
        Set<WormKey> seen = new LinkedHashSet<>();
        try (WormCollectionReader reader = WormCollectionReader.open(file, input.config())) {
            while (true) {
                NeuronActivity n = reader.next();
                if (n == null) {
                    return;
                }
                if (!input.sourceDatasets().isEmpty() && !input.sourceDatasets().contains(n.worm().sourceDataset())) {
                    continue;
                }
                seen.add(n.worm());
                try {
                    reader.check(n);
                    out.get(ROWS).output(KV.of(n.worm().toString(), new WormRow(name, n, null)));
                } catch (InvalidInputException e) {
                    out.get(ROWS).output(KV.of(n.worm().toString(), new WormRow(name, null, e.getMessage())));
                }
            }
        } catch (IOException | RuntimeException e) {
            DynamicPipeline.FAILURES.inc();
            out.get(FAILURES).output(FailuresTable.row(name, WormCollection.STAGE, e));
            for (WormKey worm : seen) {
                out.get(ROWS).output(KV.of(worm.toString(), new WormRow(name, null,
                        "the file could not be read to its end, so the worm may lack rows")));
            }
        }
    }
}
