package org.neurobeam.encoders.brainmae;

import org.neurobeam.encoders.engine.TorchEngine;

/**
 * Runs {@link BrainMaeBenchmark} (not a test) with the notes' mini configuration ({@link BrainMaeConfig#mini}):
 * arguments regions, time points, recordings, epochs, batch size, libtorch threads. docs/bench/brainmae_torch.py
 * takes the same arguments.
 */
public final class BrainMaeBenchMain {

    private BrainMaeBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        TorchEngine.setThreads(Integer.parseInt(args[5]));
        BrainMaeConfig config = BrainMaeConfig.mini(Integer.parseInt(args[0]));
        System.out.println(BrainMaeBenchmark.measure(config, Integer.parseInt(args[2]), Integer.parseInt(args[1]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4])));
    }
}
