package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTagList;
import org.neurobeam.encoders.checkpoint.Checkpoint;
import org.neurobeam.encoders.checkpoint.ModelConfig;
import org.neurobeam.encoders.demovae.DemoVae;
import org.neurobeam.pipelines.stage.TableOutput;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.DemoVaeLatentsTable;
import org.neurobeam.pipelines.tables.EmbeddingsTable;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * Embeds the recordings of a run: its {@code region_timeseries} and {@code connectivity} rows ({@link #input})
 * are gathered per recording and handed to the encoder ({@link EmbedFn}). Used by {@code embed} on a run's tables and by
 * {@code run --encoder} on the rows the fMRI stage has just made; {@link #tables} and {@link #failures} pick
 * its outputs.
 */
public final class Encode extends PTransform<PCollectionTuple, PCollectionTuple> {

    private static final long serialVersionUID = 1L;

    private final EncoderSettings settings;
    private final String sourcePath;
    /** Read on the driver when the job is built; the workers only need {@link #settings}. */
    private final transient ModelConfig config;

    private Encode(EncoderSettings settings, String sourcePath, ModelConfig config) {
        this.settings = settings;
        this.sourcePath = sourcePath;
        this.config = config;
    }

    /**
     * The transform for the model saved in {@code settings.modelDir()}, whose {@code config.json} is read (and
     * checked) now, before any job starts. {@code sourcePath}: what failures rows name as {@code path}.
     */
    public static Encode of(EncoderSettings settings, String sourcePath) throws IOException {
        return new Encode(settings, sourcePath, Checkpoint.readConfig(Path.of(settings.modelDir())));
    }

    /** The transform's input: a run's {@code region_timeseries} and {@code connectivity} rows. */
    public static PCollectionTuple input(PCollection<Row> regionTimeseries, PCollection<Row> connectivity) {
        return PCollectionTuple.of(AssembleRecordings.REGION_TIMESERIES, regionTimeseries)
                .and(AssembleRecordings.CONNECTIVITY, connectivity);
    }

    /** What {@code provenance.json} records of the encoder. */
    public Map<String, Object> provenance() {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("model_dir", settings.modelDir());
        provenance.put("model", config.model());
        provenance.put("connectivity_kind", settings.connectivityKind());
        provenance.put("reference", settings.reference());
        return provenance;
    }

    /** The model's {@code config.json}, read and checked by {@link #of}. */
    public ModelConfig config() {
        return config;
    }

    /** The tables this model writes from the transform's output: embeddings, and DemoVAE's own two. */
    public List<TableOutput> tables(PCollectionTuple out) {
        List<TableOutput> tables = new ArrayList<>();
        tables.add(new TableOutput(EmbeddingsTable.NAME, EmbeddingsTable.SCHEMA, out.get(EmbedFn.EMBEDDINGS)));
        if (config.model().equals(DemoVae.MODEL)) {
            tables.add(new TableOutput(DemoVaeLatentsTable.NAME, DemoVaeLatentsTable.SCHEMA, out.get(EmbedFn.LATENTS)));
            tables.add(new TableOutput(ConnectivityTable.DECONFOUNDED, ConnectivityTable.SCHEMA,
                    out.get(EmbedFn.DECONFOUNDED)));
        }
        return tables;
    }

    /** The {@code failures} rows of the transform's output. */
    public static PCollection<Row> failures(PCollectionTuple out) {
        return out.get(EmbedFn.FAILURES);
    }

    @Override
    public PCollectionTuple expand(PCollectionTuple tables) {
        PCollectionTuple out = tables.apply("Gather recordings", new AssembleRecordings(settings.connectivityKind()))
                .apply("Embed", ParDo.of(new EmbedFn(settings, sourcePath)).withOutputTags(EmbedFn.EMBEDDINGS,
                        TupleTagList.of(EmbedFn.LATENTS).and(EmbedFn.DECONFOUNDED).and(EmbedFn.FAILURES)));
        out.get(EmbedFn.EMBEDDINGS).setRowSchema(EmbeddingsTable.SCHEMA);
        out.get(EmbedFn.LATENTS).setRowSchema(DemoVaeLatentsTable.SCHEMA);
        out.get(EmbedFn.DECONFOUNDED).setRowSchema(ConnectivityTable.SCHEMA);
        out.get(EmbedFn.FAILURES).setRowSchema(FailuresTable.SCHEMA);
        return out;
    }
}
