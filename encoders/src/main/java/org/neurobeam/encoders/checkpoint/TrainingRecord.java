package org.neurobeam.encoders.checkpoint;

import java.util.List;
import org.neurobeam.encoders.train.EpochMetrics;
import org.neurobeam.encoders.train.TrainingOptions;

/**
 * A checkpoint's {@code training.json}: how its weights came to be. {@code dataFingerprint} is the SHA-256 of the
 * training arrays, {@code bestEpoch} the epoch whose weights were kept (early stopping restores them),
 * {@code created} an ISO-8601 instant.
 */
public record TrainingRecord(String dataFingerprint, String neurobeamVersion, long seed, TrainingOptions options,
        List<EpochMetrics> epochs, int bestEpoch, boolean stoppedEarly, String created) {
}
