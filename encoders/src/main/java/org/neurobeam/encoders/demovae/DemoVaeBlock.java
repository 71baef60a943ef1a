package org.neurobeam.encoders.demovae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * DemoVAE's networks (Orlichenko et al. 2024; reference {@code VAE}, models.md §5.3): a deterministic encoder
 * {@code enc1} (F → hidden), ReLU, {@code enc2} (hidden → latent) and a decoder {@code dec1} (latent +
 * demographics → hidden), ReLU, {@code dec2} (hidden → F). Forward takes (connectome vectors, demographic
 * vectors) and gives (latents, reconstructions). Parameter paths: {@code 01enc1_weight} … {@code 04dec2_bias}.
 */
public final class DemoVaeBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Linear enc1;
    private final Linear enc2;
    private final Linear dec1;
    private final Linear dec2;
    private final int features;
    private final int latent;
    private final int demographics;

    public DemoVaeBlock(DemoVaeConfig config, int demographicWidth) {
        super(VERSION);
        this.features = config.features();
        this.latent = config.latent();
        this.demographics = demographicWidth;
        enc1 = addChildBlock("enc1", Linear.builder().setUnits(config.hidden()).build());
        enc2 = addChildBlock("enc2", Linear.builder().setUnits(config.latent()).build());
        dec1 = addChildBlock("dec1", Linear.builder().setUnits(config.hidden()).build());
        dec2 = addChildBlock("dec2", Linear.builder().setUnits(features).build());
    }

    /** Shapes to initialise with: a connectome vector and a demographic vector. */
    Shape[] inputShapes() {
        return new Shape[] {new Shape(1, features), new Shape(1, demographics)};
    }

    /** Latents of connectome vectors {@code x} (batch × F). */
    NDArray encode(ParameterStore store, NDArray x, boolean training) {
        NDArray hidden = Activation.relu(enc1.forward(store, new NDList(x), training).singletonOrThrow());
        return enc2.forward(store, new NDList(hidden), training).singletonOrThrow();
    }

    /** Connectome vectors decoded from latents {@code z} at demographic vectors {@code demo}. */
    NDArray decode(ParameterStore store, NDArray z, NDArray demo, boolean training) {
        NDArray hidden = Activation.relu(dec1.forward(store, new NDList(z.concat(demo, 1)), training)
                .singletonOrThrow());
        return dec2.forward(store, new NDList(hidden), training).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray z = encode(store, inputs.get(0), training);
        return new NDList(z, decode(store, z, inputs.get(1), training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        enc1.initialize(manager, dataType, new Shape(1, features));
        enc2.initialize(manager, dataType, enc1.getOutputShapes(new Shape[] {new Shape(1, features)}));
        dec1.initialize(manager, dataType, new Shape(1, latent + demographics));
        dec2.initialize(manager, dataType, dec1.getOutputShapes(new Shape[] {new Shape(1, latent + demographics)}));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {new Shape(batch, latent), new Shape(batch, features)};
    }
}
