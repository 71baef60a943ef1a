package org.neurobeam.encoders.brainmae;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurobeam.encoders.Encoder;
import org.neurobeam.encoders.EncoderInput;
import org.neurobeam.encoders.ModelCard;
import org.neurobeam.ingest.InvalidInputException;

/**
 * BrainMAE behind the platform's {@link Encoder}: a recording's region signals (time × region) are z-scored and
 * segmented ({@link RegionSegments}), and each segment's temporal-encoder state is its embedding. The recording
 * embedding is their mean ({@link #recordingEmbedding}).
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

    /** The mean of the segment embeddings of {@code input}. */
    public float[] recordingEmbedding(EncoderInput input) throws InvalidInputException {
        return meanOf(embed(input));
    }

    /** The element-wise mean of equally long vectors. */
    static float[] meanOf(List<float[]> vectors) {
        float[] mean = new float[vectors.get(0).length];
        for (float[] vector : vectors) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += vector[j] / vectors.size();
            }
        }
        return mean;
    }

    @Override
    public void close() {
        mae.close();
    }
}
