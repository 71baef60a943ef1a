package org.neurobeam.encoders.brainmae;

import java.util.ArrayList;
import java.util.List;
import org.neurobeam.encoders.train.EncoderTrainer;
import org.neurobeam.encoders.train.SampleTable;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.encoders.train.TrainingProgress;
import org.neurobeam.encoders.train.TrainingRun;
import org.neurobeam.ingest.Checks;

/**
 * Masked-autoencoder pre-training of BrainMAE on region signals (Yang et al. 2024) with the shared
 * {@link EncoderTrainer}: every recording's {@link RegionSegments} are cut into non-overlapping windows of
 * {@code windowSegments} consecutive segments (trailing segments that do not fill a window are left out), and
 * each window is one training sample.
 */
public final class BrainMaePretraining {

    private final int windowSegments;
    private final TrainingOptions options;
    private final TrainingProgress progress;

    public BrainMaePretraining(int windowSegments, TrainingOptions options, TrainingProgress progress) {
        Checks.argument(windowSegments >= 1, "windowSegments", "expected >= 1, got %d", windowSegments);
        this.windowSegments = windowSegments;
        this.options = options;
        this.progress = progress;
    }

    /** Trains {@code mae} on {@code recordings} (already segmented) and returns what the training did. */
    public TrainingRun fit(BrainMae mae, List<RegionSegments> recordings) {
        BrainMaeConfig config = mae.config();
        int width = windowSegments * config.regions() * config.segmentLength();
        List<float[]> windows = new ArrayList<>();
        for (RegionSegments recording : recordings) {
            for (int w = 0; w + windowSegments <= recording.segments(); w += windowSegments) {
                float[] window = new float[width];
                System.arraycopy(recording.values(), w * config.regions() * config.segmentLength(), window, 0, width);
                windows.add(window);
            }
        }
        Checks.argument(!windows.isEmpty(), "windowSegments",
                "no recording has %d segments of %d frames", windowSegments, config.segmentLength());
        SampleTable data = new SampleTable().add("segments",
                new long[] {windowSegments, config.regions(), config.segmentLength()}, windows.toArray(float[][]::new));
        return new EncoderTrainer(options, progress)
                .fit(mae.model(), new BrainMaeObjective(mae.block(), windowSegments, options.seed()), data);
    }

    public int windowSegments() {
        return windowSegments;
    }
}
