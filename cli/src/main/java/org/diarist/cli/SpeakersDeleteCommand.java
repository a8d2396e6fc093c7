package org.diarist.cli;

import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code diarist speakers delete NAME...}: forget speakers. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Delete speakers with their voiceprints and appearances (all or none: an unknown name deletes "
        + "nothing).")
final class SpeakersDeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RegistryOptions registryOptions;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Speakers to delete.")
    List<String> names;

    @Override
    public Integer call() {
        try (SpeakerRegistry registry = registryOptions.openExisting()) {
            registry.delete(names);
        }
        spec.commandLine().getOut().println("deleted " + String.join(", ", names));
        return ExitCodes.OK;
    }
}
