package org.neurobeam.pipelines.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code neurobeam bench NAME}: timed runs of the library on generated data, the figures of
 * {@code BENCHMARKS.md}. Each benchmark prints its elapsed time, throughput and the process's peak RSS.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on generated data (see BENCHMARKS.md).",
        subcommands = {ParcellationBench.class, ConnectomesBench.class, GlmBench.class, EphysBench.class,
            CalciumBench.class, NwbBench.class, DynamicBench.class, WormsBench.class, StatesBench.class,
            StatesExperimentBench.class, BrainMaeBench.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: parcellation, connectomes, glm, ephys,"
                + " calcium, nwb, dynamic, worms, states, states-experiment or brainmae");
    }
}
