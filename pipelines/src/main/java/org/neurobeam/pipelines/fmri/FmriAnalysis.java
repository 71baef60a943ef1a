package org.neurobeam.pipelines.fmri;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTagList;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.GlmContrastsTable;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;

/**
 * The fMRI stages of {@code run} as one transform: per run {@link AnalyseBoldFn}, then, when tangent
 * connectivity is asked for, {@link TangentFn} over the runs grouped by their region set (only covariances
 * travel to that step, never signals). Outputs are tagged with {@link AnalyseBoldFn}'s tags.
 */
final class FmriAnalysis extends PTransform<PCollection<KV<RecordingRef, Row>>, PCollectionTuple> {

    private static final long serialVersionUID = 1L;

    private final FmriSettings settings;
    private final String mapsDir;

    FmriAnalysis(FmriSettings settings, String mapsDir) {
        this.settings = settings;
        this.mapsDir = mapsDir;
    }

    @Override
    public PCollectionTuple expand(PCollection<KV<RecordingRef, Row>> runs) {
        PCollectionTuple perRun = runs.apply("Parcellate, clean, connectomes, GLM", ParDo.of(new AnalyseBoldFn(settings, mapsDir))
                .withOutputTags(AnalyseBoldFn.REGION_TIMESERIES, TupleTagList.of(AnalyseBoldFn.CONNECTIVITY)
                        .and(AnalyseBoldFn.GLM_CONTRASTS).and(AnalyseBoldFn.FAILURES).and(AnalyseBoldFn.NOTES)
                        .and(AnalyseBoldFn.COVARIANCES)));
        PCollection<Row> connectivity = perRun.get(AnalyseBoldFn.CONNECTIVITY).setRowSchema(ConnectivityTable.SCHEMA);
        PCollection<Row> failures = perRun.get(AnalyseBoldFn.FAILURES).setRowSchema(FailuresTable.SCHEMA);
        PCollection<KV<String, RecordingCovariance>> covariances = perRun.get(AnalyseBoldFn.COVARIANCES)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(RecordingCovariance.class)));
        if (settings.kinds().contains(ConnectivityKind.TANGENT)) {
            PCollectionTuple tangent = covariances
                    .apply("Group runs by regions", GroupByKey.create())
                    .apply("Tangent space", ParDo.of(new TangentFn(settings.estimator()))
                            .withOutputTags(TangentFn.CONNECTIVITY, TupleTagList.of(TangentFn.FAILURES)));
            connectivity = PCollectionList.of(connectivity)
                    .and(tangent.get(TangentFn.CONNECTIVITY).setRowSchema(ConnectivityTable.SCHEMA))
                    .apply("All connectivity", Flatten.pCollections()).setRowSchema(ConnectivityTable.SCHEMA);
            failures = PCollectionList.of(failures)
                    .and(tangent.get(TangentFn.FAILURES).setRowSchema(FailuresTable.SCHEMA))
                    .apply("All analysis failures", Flatten.pCollections()).setRowSchema(FailuresTable.SCHEMA);
        }
        return PCollectionTuple
                .of(AnalyseBoldFn.REGION_TIMESERIES,
                        perRun.get(AnalyseBoldFn.REGION_TIMESERIES).setRowSchema(RegionTimeseriesTable.SCHEMA))
                .and(AnalyseBoldFn.CONNECTIVITY, connectivity)
                .and(AnalyseBoldFn.GLM_CONTRASTS,
                        perRun.get(AnalyseBoldFn.GLM_CONTRASTS).setRowSchema(GlmContrastsTable.SCHEMA))
                .and(AnalyseBoldFn.FAILURES, failures)
                .and(AnalyseBoldFn.NOTES, perRun.get(AnalyseBoldFn.NOTES)
                        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    }
}
