package org.neurobeam.pipelines.run;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** Totals of a finished job's Beam counters, summed over the steps that incremented them. */
public final class JobCounters {

    private JobCounters() {
    }

    /** The attempted total of counter {@code namespace}/{@code name}; 0 when no step incremented it. */
    public static long total(PipelineResult result, String namespace, String name) {
        long total = 0;
        for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(namespace, name)).build()).getCounters()) {
            total += counter.getAttempted();
        }
        return total;
    }
}
