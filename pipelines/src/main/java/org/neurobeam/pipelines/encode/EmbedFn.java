package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.connectome.statics.ConnectomeEntry;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.Encoders;
import org.neurobeam.encoders.ModelCard;
import org.neurobeam.encoders.demovae.DemoVae;
import org.neurobeam.encoders.demovae.Demographics;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.DemoVaeLatentsTable;
import org.neurobeam.pipelines.tables.EmbeddingsTable;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * Embeds each recording with the encoder saved in a model folder; for a DemoVAE also writes the latents in long
 * form and the connectome re-decoded at the reference demographics (confounds removed, Orlichenko et al. 2024).
 * The encoder is opened once per DoFn instance in {@code @Setup} (DJL predictors are not thread-safe) and closed
 * in {@code @Teardown}. A recording the model cannot take (wrong number of regions, NaN, too short) becomes a
 * {@code failures} row with stage {@code embed}; the others go on.
 */
final class EmbedFn extends DoFn<RecordingArrays, Row> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<Row> EMBEDDINGS = new TupleTag<>() { };
    static final TupleTag<Row> LATENTS = new TupleTag<>() { };
    static final TupleTag<Row> DECONFOUNDED = new TupleTag<>() { };
    static final TupleTag<Row> FAILURES = new TupleTag<>() { };

    private final EncoderSettings settings;
    private final String sourcePath;
    /** Counter (namespace {@code neurobeam}) of recordings embedded. */
    static final String EMBEDDED_METRIC = "recordings_embedded";

    private final Counter failures = Metrics.counter("neurobeam", AnalysisStage.FAILURES_METRIC);
    private final Counter embedded = Metrics.counter("neurobeam", EMBEDDED_METRIC);
    private transient Encoder encoder;
    private transient Demographics reference;

    /** {@code sourcePath}: what failures rows name as {@code path} (the input tables or the run output). */
    EmbedFn(EncoderSettings settings, String sourcePath) {
        this.settings = settings;
        this.sourcePath = sourcePath;
    }

    @Setup
    public void setup() throws IOException {
        TorchEngine.setThreads(1);
        encoder = Encoders.load(Path.of(settings.modelDir()));
        if (encoder instanceof DemoVae demoVae) {
            reference = DemographicValues.table("--reference", List.of(settings.reference()), demoVae.schema());
        }
    }

    @ProcessElement
    public void process(@Element RecordingArrays recording, MultiOutputReceiver out) {
        List<float[]> vectors;
        float[] deconfounded = null;
        try {
            if (encoder instanceof DemoVae demoVae) {
                Path source = Path.of(recording.recordingId());
                float[][] latents = demoVae.encode(
                        new double[][] {demoVae.vectorise(recording.connectivity(), source)}, source);
                vectors = List.of(latents[0]);
                deconfounded = demoVae.decode(latents, reference, source)[0];
            } else {
                vectors = encoder.embed(recording.input());
            }
        } catch (IOException | RuntimeException e) {
            failures.inc();
            out.get(FAILURES).output(FailuresTable.forRecording(sourcePath, recording.recordingId(), "embed", e));
            return;
        }
        embedded.inc();
        ModelCard card = encoder.card();
        for (int segment = 0; segment < vectors.size(); segment++) {
            out.get(EMBEDDINGS).output(EmbeddingsTable.row(recording.recordingId(), card.name(), card.version(),
                    segment, vectors.get(segment)));
        }
        if (deconfounded != null) {
            DemoVaeLatentsTable.rows(recording.recordingId(), card.version(), vectors.get(0))
                    .forEach(out.get(LATENTS)::output);
            ConnectivityTable.rows(recording.recordingId(), settings.connectivityKind(), DemoVae.MODEL,
                    recording.regions(), pairs(deconfounded, recording.regions().length))
                    .forEach(out.get(DECONFOUNDED)::output);
        }
    }

    /** The strict upper triangle {@code edges} as connectome entries. */
    private static List<ConnectomeEntry> pairs(float[] edges, int regions) {
        List<ConnectomeEntry> entries = new ArrayList<>(edges.length);
        int pair = 0;
        for (int i = 0; i < regions; i++) {
            for (int j = i + 1; j < regions; j++) {
                entries.add(new ConnectomeEntry(i, j, edges[pair++]));
            }
        }
        return entries;
    }

    @Teardown
    public void teardown() {
        if (encoder != null) {
            encoder.close();
        }
    }
}
