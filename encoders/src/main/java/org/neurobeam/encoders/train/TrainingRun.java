package org.neurobeam.encoders.train;

import java.util.List;

/**
 * What a training did: its options, the SHA-256 fingerprint of its data, the metrics of every epoch run, the
 * epoch whose weights were kept and whether early stopping ended it.
 */
public record TrainingRun(TrainingOptions options, String dataFingerprint, List<EpochMetrics> epochs,
        int bestEpoch, boolean stoppedEarly) {
}
