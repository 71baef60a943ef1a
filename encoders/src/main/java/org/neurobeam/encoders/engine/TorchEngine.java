package org.neurobeam.encoders.engine;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.nn.Block;

/**
 * The DJL PyTorch engine, always picked by name (the OnnxRuntime engine may be on the classpath too), run
 * offline from the {@code pytorch-native-cpu} jar (DJL "PyTorch Engine" docs; ../shared/docs/dependencies.md
 * §3). Work goes to the first GPU when libtorch sees one, else to the CPU.
 */
public final class TorchEngine {

    /** DJL's name of the PyTorch engine. */
    public static final String NAME = "PyTorch";

    private TorchEngine() {
    }

    public static Engine get() {
        return Engine.getEngine(NAME);
    }

    /** The first GPU when there is one, else the CPU. */
    public static Device device() {
        return get().getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }

    /** Seeds libtorch's generator (parameter initialisation, random tensors). */
    public static void seed(long seed) {
        get().setRandomSeed(Long.hashCode(seed));
    }

    /**
     * Caps libtorch's intra-op threads (it defaults to one per core). One thread per model is the better choice
     * when many encoders run side by side (one per Beam DoFn thread) or the cores are shared, and it makes CPU
     * timings comparable; the setting is process-wide.
     */
    public static void setThreads(int threads) {
        get();
        ai.djl.pytorch.jni.JniUtils.setNumThreads(threads);
    }

    /** A new model on {@link #device()} holding {@code block}. */
    public static Model newModel(String name, Block block) {
        Model model = Model.newInstance(name, device(), NAME);
        model.setBlock(block);
        return model;
    }
}
