package org.diarist.cli;

import org.diarist.registry.RecordingIdentification;
import org.diarist.registry.RecordingInfo;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code diarist track AUDIO...}: like identify, but speakers nobody knows become provisional speakers
 * ({@code SPK-000001}, ...) that later recordings are matched against.
 */
@Command(name = "track", mixinStandardHelpOptions = true,
    description = {"Like identify, then remember: an unknown speaker becomes a provisional speaker (SPK-000001, ...) "
        + "that later recordings match, a known one gets this recording's voiceprint, and each appearance is "
        + "recorded. One transaction per recording; a recording tracked before (same content) is only identified.",
        "Output as identify's; rename provisional speakers with 'diarist speakers rename'."})
final class TrackCommand extends IdentityCommand {

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "Recordings (any format FFmpeg reads).")
    List<Path> files;

    @Option(names = "--threshold", paramLabel = "T",
        description = "Lowest cosine score that matches a known speaker (default: the calibrated registry default).")
    Double threshold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "rttm",
        description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    IdentificationOutput.Format format;

    @Override
    public Integer call() {
        requireFiles(files);
        return nameSpeakers(SpeakerRegistry.open(config(threshold)), files, format, (registry, file, result) -> {
            RecordingIdentification tracked = registry.track(RecordingInfo.of(file, result.duration()),
                RecordingSpeakers.of(result));
            if (tracked.alreadyTracked() && !common.quiet()) {
                spec.commandLine().getErr().println("diarist: " + file
                    + ": tracked before (same content); identified only, nothing stored");
            }
            return tracked;
        });
    }
}
