package org.neurobeam.encoders;

import java.util.List;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A trained brain encoder as the rest of NeuroBeam sees it: plain arrays in, one embedding per segment out, no
 * DJL types (the split DJL itself makes between its api and its engines). Open one with
 * {@link Encoders#load}. An encoder is not thread-safe (DJL's predictors are not either): use one per thread,
 * e.g. one per Beam DoFn instance created in {@code @Setup}, and close it.
 */
public interface Encoder extends AutoCloseable {

    /** Which model and version this is, and the embedding dimension. */
    ModelCard card();

    /**
     * One vector per segment of the recording (list index = segment; DemoVAE gives one). Input the model cannot
     * use (missing, wrong size, NaN or infinite values) fails naming the recording and the field, never
     * yielding a silent wrong embedding.
     */
    List<float[]> embed(EncoderInput input) throws InvalidInputException;

    @Override
    void close();
}
