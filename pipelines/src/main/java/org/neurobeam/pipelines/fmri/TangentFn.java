package org.neurobeam.pipelines.fmri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.connectome.statics.ConnectivityKind;
import org.neurobeam.connectome.statics.Connectome;
import org.neurobeam.connectome.statics.CovarianceEstimator;
import org.neurobeam.connectome.statics.GeometricMeanConfig;
import org.neurobeam.connectome.statics.TangentSpace;
import org.neurobeam.pipelines.stage.AnalysisStage;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.FailuresTable;

/**
 * Tangent-space connectivity (Varoquaux et al. 2010) of the runs that share a set of regions: their
 * covariances' geometric mean is the reference, and each run's connectome is the matrix logarithm of its
 * whitened covariance. Runs are sorted by id first, so every runner gives the same mean.
 */
public final class TangentFn extends DoFn<KV<String, Iterable<RecordingCovariance>>, Row> {

    private static final long serialVersionUID = 1L;

    public static final TupleTag<Row> CONNECTIVITY = new TupleTag<>() { };
    public static final TupleTag<Row> FAILURES = new TupleTag<>() { };

    private final CovarianceEstimator estimator;

    public TangentFn(CovarianceEstimator estimator) {
        this.estimator = estimator;
    }

    private final Counter failures = Metrics.counter("neurobeam", AnalysisStage.FAILURES_METRIC);

    @ProcessElement
    public void process(@Element KV<String, Iterable<RecordingCovariance>> group, MultiOutputReceiver out) {
        List<RecordingCovariance> runs = new ArrayList<>();
        group.getValue().forEach(runs::add);
        runs.sort(Comparator.comparing(RecordingCovariance::recordingId));
        if (runs.size() < 2) {
            fail(out, FailuresTable.row(runs.get(0).path(), "connectome", "TangentNeedsGroup",
                    "tangent connectivity needs at least two recordings with the same regions " + group.getKey()
                            + "; " + runs.get(0).recordingId() + " is alone"));
            return;
        }
        List<double[][]> covariances = new ArrayList<>();
        runs.forEach(run -> covariances.add(run.covariance()));
        TangentSpace space;
        try {
            space = TangentSpace.fit(covariances, GeometricMeanConfig.DEFAULT);
        } catch (RuntimeException e) {
            runs.forEach(run -> fail(out, FailuresTable.row(run.path(), "connectome", e)));
            return;
        }
        for (RecordingCovariance run : runs) {
            Connectome tangent = new Connectome(ConnectivityKind.TANGENT, estimator,
                    space.transform(run.covariance()), OptionalDouble.empty());
            for (Row row : ConnectivityTable.rows(run.recordingId(), ConnectivityKind.TANGENT.label(),
                    estimator.label(), run.regions(), tangent.upperTriangle())) {
                out.get(CONNECTIVITY).output(row);
            }
        }
    }

    private void fail(MultiOutputReceiver out, Row row) {
        failures.inc();
        out.get(FAILURES).output(row);
    }
}
