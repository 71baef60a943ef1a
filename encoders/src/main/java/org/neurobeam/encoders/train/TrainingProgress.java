package org.neurobeam.encoders.train;

/** Told the metrics of each epoch as training runs (a progress bar, a log, a metrics sink). */
@FunctionalInterface
public interface TrainingProgress {

    void epochEnded(EpochMetrics metrics);
}
