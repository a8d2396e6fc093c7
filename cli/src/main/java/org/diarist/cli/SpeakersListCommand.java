package org.diarist.cli;

import org.diarist.registry.Speaker;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code diarist speakers list}: every speaker with its voiceprint and appearance counts. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the registry's speakers: named ones first, then provisional ones (SPK-...).")
final class SpeakersListCommand extends SpeakersSubcommand {

    enum Format { table, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        List<Speaker> speakers;
        try (SpeakerRegistry registry = registryOptions.openExisting()) {
            speakers = registry.list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(SpeakersJson.list(speakers));
        } else {
            SpeakersTable.list(out, speakers);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
