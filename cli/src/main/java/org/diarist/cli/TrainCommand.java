package org.diarist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the trainers: {@code diarist train segmentation|embedding ...}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train Diarist's own models on your data, on libtorch.",
    subcommands = {
        TrainSegmentationCommand.class,
        TrainEmbeddingCommand.class,
        EvalEmbeddingCommand.class,
    })
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a model to train; see 'diarist train --help'.");
    }
}
