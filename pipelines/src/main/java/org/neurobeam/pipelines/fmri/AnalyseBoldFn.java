package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.connectome.statics.ConnectivityConfig;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.connectome.statics.ConnectivityMeasure;
import org.neurobeam.connectome.statics.Connectome;
import org.neurobeam.preprocess.CleanedSignals;
import org.neurobeam.preprocess.parcellation.EmptyRegion;
import org.neurobeam.preprocess.parcellation.RegionSignalExtractor;
import org.neurobeam.preprocess.parcellation.RegionSignals;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;

/**
 * The per-run fMRI stages: parcellate (one streaming pass over the volumes) → clean the region signals →
 * connectomes, and the first-level GLM where the run has events. Each stage that fails writes a
 * {@code failures} row with its stage name and the run's data file, and the later stages of that run are
 * skipped; other runs continue. Tangent connectivity needs a group, so this emits each run's covariance
 * for {@link TangentFn} instead.
 */
public final class AnalyseBoldFn extends DoFn<KV<RecordingRef, Row>, Row> {

    private static final long serialVersionUID = 1L;

    public static final TupleTag<Row> REGION_TIMESERIES = new TupleTag<>() { };
    public static final TupleTag<Row> CONNECTIVITY = new TupleTag<>() { };
    public static final TupleTag<Row> GLM_CONTRASTS = new TupleTag<>() { };
    public static final TupleTag<Row> FAILURES = new TupleTag<>() { };
    public static final TupleTag<KV<String, String>> NOTES = new TupleTag<>() { };
    public static final TupleTag<KV<String, RecordingCovariance>> COVARIANCES = new TupleTag<>() { };

    private final FmriSettings settings;
    private final String mapsDir;
    private transient RegionSignalExtractor extractor;

    /** {@code mapsDir}: where the GLM's statistic maps go ({@code OUTPUT/maps}). */
    public AnalyseBoldFn(FmriSettings settings, String mapsDir) {
        this.settings = settings;
        this.mapsDir = mapsDir;
    }

    @Setup
    public void setup() throws IOException {
        extractor = RegionExtraction.of(settings);
    }

    private final Counter failures = Metrics.counter("neurobeam", AnalysisStage.FAILURES_METRIC);

    @ProcessElement
    public void process(@Element KV<RecordingRef, Row> run, MultiOutputReceiver out) {
        RecordingRef ref = run.getKey();
        double tr = run.getValue().getDouble("tr");
        RegionSignals regions;
        try {
            regions = extractor.extract(Path.of(ref.path()));
        } catch (IOException | RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "parcellate", e));
            return;
        }
        report(ref, regions, out);
        CleanedSignals cleaned;
        try {
            cleaned = RegionCleaning.clean(regions.signals(), ref, tr, settings);
        } catch (IOException | RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "clean", e));
            return;
        }
        for (String warning : cleaned.warnings()) {
            out.get(NOTES).output(KV.of(ref.path(), "clean: " + warning));
        }
        for (Row row : RegionTimeseriesTable.rows(ref.recordingId(), regions.labels(), regions.names(), tr,
                cleaned.signals())) {
            out.get(REGION_TIMESERIES).output(row);
        }
        connectomes(ref, regions.labels(), cleaned.signals(), out);
        if (settings.glm() && ref.eventsPath() != null) {
            glm(ref, tr, regions, out);
        }
    }

    /** Region contrasts into the table and voxel maps into {@code maps/}, from one design. */
    private void glm(RecordingRef ref, double tr, RegionSignals regions, MultiOutputReceiver out) {
        try {
            RunDesign run = RunDesign.of(ref, tr, regions.signals().length, settings);
            RegionGlm.contrasts(ref.recordingId(), run, regions).forEach(out.get(GLM_CONTRASTS)::output);
            for (Path map : StatMaps.write(ref, run, Path.of(mapsDir))) {
                out.get(NOTES).output(KV.of(ref.path(), "glm: wrote " + map.getFileName()));
            }
        } catch (IOException | RuntimeException e) {
            fail(out, FailuresTable.row(ref.path(), "glm", e));
        }
    }

    private void connectomes(RecordingRef ref, int[] labels, double[][] signals, MultiOutputReceiver out) {
        for (ConnectivityKind kind : settings.kinds()) {
            try {
                if (kind == ConnectivityKind.TANGENT) {
                    double[][] covariance = settings.estimator().estimate(signals).covariance();
                    RecordingCovariance c = new RecordingCovariance(ref.recordingId(), ref.path(), labels, covariance);
                    out.get(COVARIANCES).output(KV.of(c.regionKey(), c));
                    continue;
                }
                Connectome connectome = new ConnectivityMeasure(ConnectivityConfig.of(kind)
                        .withEstimator(settings.estimator())).compute(signals);
                for (Row row : ConnectivityTable.rows(ref.recordingId(), kind.label(), settings.estimator().label(),
                        labels, connectome.upperTriangle())) {
                    out.get(CONNECTIVITY).output(row);
                }
            } catch (RuntimeException e) {
                fail(out, FailuresTable.row(ref.path(), "connectome", e));
            }
        }
    }

    /** Regions left empty go to provenance; voxels excluded for NaN or infinity are a {@code failures} row. */
    private void report(RecordingRef ref, RegionSignals regions, MultiOutputReceiver out) {
        for (EmptyRegion empty : regions.report().emptyRegions()) {
            out.get(NOTES).output(KV.of(ref.path(), "parcellate: region " + empty.label() + " (" + empty.name()
                    + ") has no voxel in this run: " + empty.reason()));
        }
        Map<Integer, Integer> nonFinite = regions.report().nonFiniteVoxels();
        if (!nonFinite.isEmpty()) {
            int total = nonFinite.values().stream().mapToInt(Integer::intValue).sum();
            fail(out, FailuresTable.row(ref.path(), "parcellate", "NonFiniteVoxels",
                    ref.path() + ": " + total + " voxels inside the mask hold NaN or infinity and were excluded"
                            + " from their regions (voxels per region label: " + nonFinite + ")"));
        }
    }

    private void fail(MultiOutputReceiver out, Row row) {
        failures.inc();
        out.get(FAILURES).output(row);
    }
}
