package org.diarist.cli;

import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code diarist speakers delete NAME...}: forget speakers. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Delete speakers with their voiceprints and appearances (all or none: an unknown name deletes "
        + "nothing).")
final class SpeakersDeleteCommand extends SpeakersSubcommand {

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
