package org.neurobeam.pipelines.encode;

import picocli.CommandLine.Command;

/** {@code neurobeam train MODEL}: trains an encoder on a {@code run} output and saves it as a model folder. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an encoder (demovae, brainmae) on a run's output tables.",
        subcommands = {TrainDemoVaeCommand.class, TrainBrainMaeCommand.class})
public final class TrainCommand {
}
