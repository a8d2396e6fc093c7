package org.diarist.cli;

import org.diarist.registry.Speaker;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code diarist speakers merge SOURCE... --into TARGET}: the same person registered twice. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merge speakers that are the same person: the voiceprints and appearances of each SOURCE move "
        + "to TARGET, and the sources are deleted.")
final class SpeakersMergeCommand extends SpeakersSubcommand {

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Speakers to merge into TARGET.")
    List<String> sources;

    @Option(names = "--into", required = true, paramLabel = "TARGET", description = "The speaker that remains.")
    String target;

    @Override
    public Integer call() {
        Speaker merged;
        try (SpeakerRegistry registry = registryOptions.openExisting()) {
            merged = registry.merge(sources, target);
        }
        spec.commandLine().getOut().println("merged " + String.join(", ", sources) + " into " + merged.name()
            + " (" + merged.voiceprints() + " voiceprints, " + merged.appearances() + " appearances)");
        return ExitCodes.OK;
    }
}
