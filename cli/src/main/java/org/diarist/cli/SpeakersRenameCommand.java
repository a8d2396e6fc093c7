package org.diarist.cli;

import org.diarist.registry.Speaker;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code diarist speakers rename OLD NEW}: name a provisional speaker, or correct a name. */
@Command(name = "rename", mixinStandardHelpOptions = true,
    description = "Give a speaker a new name; a provisional speaker (SPK-...) renamed becomes a named one.")
final class SpeakersRenameCommand extends SpeakersSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The speaker's current name.")
    String name;

    @Parameters(index = "1", paramLabel = "NEW_NAME", description = "The new name.")
    String newName;

    @Override
    public Integer call() {
        Speaker renamed;
        try (SpeakerRegistry registry = registryOptions.openExisting()) {
            renamed = registry.rename(name, newName);
        }
        spec.commandLine().getOut().println("renamed " + name + " to " + renamed.name());
        return ExitCodes.OK;
    }
}
