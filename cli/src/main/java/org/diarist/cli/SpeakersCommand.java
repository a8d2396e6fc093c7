package org.diarist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code diarist speakers}: look after the speaker registry. */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    description = "List, inspect, rename, merge, delete, export and import the speakers of the registry.",
    subcommands = {SpeakersListCommand.class, SpeakersShowCommand.class, SpeakersRenameCommand.class,
        SpeakersMergeCommand.class, SpeakersDeleteCommand.class, SpeakersExportCommand.class,
        SpeakersImportCommand.class})
final class SpeakersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(
            "diarist: missing a speakers command (list, show, rename, merge, delete, export or import)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
