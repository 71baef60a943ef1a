package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.Encoders;
import org.neurobeam.encoders.ModelCard;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.tables.EmbeddingsTable;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * Embeds each recording with the encoder saved in a model folder. The encoder is opened once per DoFn
 * instance in {@code @Setup} (DJL predictors are not thread-safe) and closed in {@code @Teardown}. A
 * recording the model cannot take (wrong number of regions, NaN, too short) becomes a {@code failures} row
 * with stage {@code embed}; the others go on.
 */
final class EmbedFn extends DoFn<RecordingArrays, Row> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<Row> EMBEDDINGS = new TupleTag<>() { };
    static final TupleTag<Row> FAILURES = new TupleTag<>() { };

    private final String modelDir;
    private final String sourcePath;
    private final Counter failures = Metrics.counter("neurobeam", AnalysisStage.FAILURES_METRIC);
    private transient Encoder encoder;

    /** {@code sourcePath}: what failures rows name as {@code path} (the input tables or the run output). */
    EmbedFn(String modelDir, String sourcePath) {
        this.modelDir = modelDir;
        this.sourcePath = sourcePath;
    }

    @Setup
    public void setup() throws IOException {
        encoder = Encoders.load(Path.of(modelDir));
    }

    @ProcessElement
    public void process(@Element RecordingArrays recording, MultiOutputReceiver out) {
        List<float[]> vectors;
        try {
            vectors = encoder.embed(recording.input());
        } catch (IOException | RuntimeException e) {
            failures.inc();
            out.get(FAILURES).output(FailuresTable.forRecording(sourcePath, recording.recordingId(), "embed", e));
            return;
        }
        ModelCard card = encoder.card();
        for (int segment = 0; segment < vectors.size(); segment++) {
            out.get(EMBEDDINGS).output(EmbeddingsTable.row(recording.recordingId(), card.name(), card.version(),
                    segment, vectors.get(segment)));
        }
    }

    @Teardown
    public void teardown() {
        if (encoder != null) {
            encoder.close();
        }
    }
}
