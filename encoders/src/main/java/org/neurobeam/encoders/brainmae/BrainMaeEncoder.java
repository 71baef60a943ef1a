package org.neurobeam.encoders.brainmae;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.ModelCard;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.preprocess.signal.Columns;

/**
 * BrainMAE behind the platform's {@link Encoder}: a recording's region signals (time × region) are z-scored and
 * segmented ({@link RegionSegments}), and each segment's temporal-encoder state is its embedding. The recording
 * embedding ({@link #recordingEmbedding}) pools every ROI's token by its mean and spread over the segments.
 */
public final class BrainMaeEncoder implements Encoder {

    private final BrainMae mae;

    public BrainMaeEncoder(BrainMae mae) {
        this.mae = mae;
    }

    /** The model behind this encoder. */
    public BrainMae model() {
        return mae;
    }

    @Override
    public ModelCard card() {
        return new ModelCard(BrainMaeConfig.MODEL_NAME, BrainMae.VERSION, mae.config().modelSize());
    }

    @Override
    public List<float[]> embed(EncoderInput input) throws InvalidInputException {
        RegionSegments segments = RegionSegments.of(input.recordingId(), input.regionSignals(), mae.config());
        return new ArrayList<>(Arrays.asList(mae.segmentEmbeddings(segments)));
    }

    /**
     * The recording embedding, width {@code 2 · N · d}: for every ROI, the mean of its transient-state-encoder
     * token over the segments of {@code input}, then (same order) the standard deviation across segments
     * (population, ddof 0) — statistics pooling as in x-vectors (Snyder et al. 2018). The segment embeddings
     * average the ROI tokens, losing which region is which; the ROI tokens keep it, and after the
     * embedding-informed graph attention each one mixes its region with the regions it attends to, so how much
     * it fluctuates over the recording's transient states reflects how strongly those regions co-vary — a
     * second-order property that the mean alone averages away for z-scored ROIs.
     */
    public float[] recordingEmbedding(EncoderInput input) throws InvalidInputException {
        float[][] tokens = mae.encode(RegionSegments.of(input.recordingId(), input.regionSignals(), mae.config()))
                .roiTokens();
        double[][] rows = new double[tokens.length][];
        for (int s = 0; s < tokens.length; s++) {
            rows[s] = new double[tokens[s].length];
            for (int j = 0; j < tokens[s].length; j++) {
                rows[s][j] = tokens[s][j];
            }
        }
        double[] mean = Columns.mean(rows);
        double[] std = Columns.std(rows, 0);
        float[] pooled = new float[2 * mean.length];
        for (int j = 0; j < mean.length; j++) {
            pooled[j] = (float) mean[j];
            pooled[mean.length + j] = (float) std[j];
        }
        return pooled;
    }

    @Override
    public void close() {
        mae.close();
    }
}
