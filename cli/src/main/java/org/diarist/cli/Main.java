package org.diarist.cli;

import picocli.CommandLine;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of the {@code diarist} command. */
@Command(
    name = "diarist",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Who spoke when in a recording, and who is this across recordings.",
    subcommands = {
        CommandLine.HelpCommand.class,
        ModelsCommand.class,
        EvalCommand.class,
        DataCommand.class,
        EmbedCommand.class,
        TrainCommand.class,
        InfoCommand.class,
        VadCommand.class,
        SpeakersCommand.class,
        SegmentCommand.class,
        DiarizeCommand.class,
        BenchmarkCommand.class,
        EvalDetectionCommand.class,
        EnrollCommand.class,
        IdentifyCommand.class,
        TrackCommand.class,
    })
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("diarist: missing a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** The configured command line, with Diarist's exit codes and error handling; tests use it too. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setExitCodeExceptionMapper(
            ex -> ex instanceof CommandLine.ParameterException ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE);
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
