package org.diarist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code diarist models list}: every catalog model, whether its file is present and sound, and where. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the known models with their status (present, present-unverified, missing, bad-checksum) and path.")
final class ModelsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ModelStoreOptions storeOptions;

    @Override
    public Integer call() {
        ModelStatusTable.print(spec.commandLine().getOut(), storeOptions.store().statusOfAll());
        return ExitCodes.OK;
    }
}
