package org.neurobeam.pipelines.bench;

import java.util.concurrent.Callable;
import org.neurobeam.encoders.brainmae.BrainMaeBenchmark;
import org.neurobeam.encoders.brainmae.BrainMaeConfig;
import org.neurobeam.encoders.engine.TorchEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench brainmae}: BrainMAE pre-training step time and inference throughput on planted-network
 * signals with the notes' mini configuration ({@link BrainMaeBenchmark}); docs/bench/brainmae_torch.py runs the
 * same architecture in PyTorch with the same arguments.
 */
@Command(name = "brainmae", mixinStandardHelpOptions = true,
        description = "Time BrainMAE pre-training steps and inference on generated region signals.")
final class BrainMaeBench implements Callable<Integer> {

    @Option(names = "--regions", defaultValue = "32", description = "ROIs (default: ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--frames", defaultValue = "256", description = "Frames per recording (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--recordings", defaultValue = "128", description = "Recordings (default: ${DEFAULT-VALUE}).")
    int recordings;

    @Option(names = "--epochs", defaultValue = "5", description = "Epochs, the first untimed (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "16", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", defaultValue = "1", description = "libtorch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        TorchEngine.setThreads(threads);
        System.out.println(BrainMaeBenchmark.measure(BrainMaeConfig.mini(regions), recordings, frames, epochs,
                batchSize));
        System.out.println(PeakMemory.describe());
        return 0;
    }
}
