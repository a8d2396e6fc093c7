package org.diarist.cli;

import org.diarist.registry.SpeakerDetails;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code diarist speakers show NAME}: one speaker's voiceprints and appearances. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one speaker: its voiceprints (where they came from) and the recordings it appeared in.")
final class SpeakersShowCommand extends SpeakersSubcommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SpeakersListCommand.Format format;

    @Parameters(index = "0", paramLabel = "NAME", description = "The speaker's name (or provisional id, SPK-...).")
    String name;

    @Override
    public Integer call() {
        SpeakerDetails details;
        try (SpeakerRegistry registry = registryOptions.openExisting()) {
            details = registry.show(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == SpeakersListCommand.Format.json) {
            out.println(SpeakersJson.details(details));
        } else {
            SpeakersTable.details(out, details);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
