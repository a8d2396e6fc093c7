package org.diarist.cli;

import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code diarist identify AUDIO...}: diarize, then name each speaker from the registry or call it unknown. */
@Command(name = "identify", mixinStandardHelpOptions = true,
    description = {"Diarize each recording, then name each speaker after the registry's best match, or leave it "
        + "unknown when no enrolled voice scores at least the threshold. Two speakers of one recording never get "
        + "the same name. Changes nothing in the registry.",
        "RTTM: unknown speakers keep their diarization label. JSON: one object per recording and line, "
            + "{\"uri\", \"speakers\": [{\"label\", \"identity\" (null when unknown), \"provisional\", \"score\", "
            + "\"speech\", \"segments\"}]}."})
final class IdentifyCommand extends IdentityCommand {

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "Recordings (any format FFmpeg reads).")
    List<Path> files;

    @Option(names = "--threshold", paramLabel = "T",
        description = "Lowest cosine score that names a speaker (default: the calibrated registry default).")
    Double threshold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "rttm",
        description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    IdentificationOutput.Format format;

    @Override
    public Integer call() {
        requireFiles(files);
        return nameSpeakers(SpeakerRegistry.openExisting(config(threshold)), files, format,
            (registry, file, result) -> registry.identify(RecordingSpeakers.of(result)));
    }
}
