package org.diarist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code diarist models}: the catalog of models and the files that hold them. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "List, verify and download the models Diarist knows by name.",
    subcommands = {ModelsListCommand.class, ModelsVerifyCommand.class, ModelsPullCommand.class})
final class ModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("diarist: missing a models command (list, verify or pull)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
