package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.pipeline.DiarizationResult;
import org.diarist.registry.DiarizedSpeaker;
import org.diarist.registry.RecordingInfo;
import org.diarist.registry.Speaker;
import org.diarist.registry.SpeakerRegistry;
import org.diarist.registry.VoiceprintInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code diarist enroll --name NAME AUDIO...}: one voiceprint per recording of one person. Each recording is
 * diarized and its dominant speaker's centroid is stored, so an enrolled voiceprint is the same kind of vector as
 * the speaker centroids {@code identify} compares it with.
 */
@Command(name = "enroll", mixinStandardHelpOptions = true,
    description = {"Enroll a person from recordings of their voice: one voiceprint per recording, all stored in one "
        + "transaction.",
        "Each recording is diarized; when more than one speaker is found, the one who talks most is enrolled and a "
            + "warning says so."})
final class EnrollCommand extends IdentityCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who speaks in the recordings.")
    String name;

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "Recordings of that person alone.")
    List<Path> files;

    @Override
    public Integer call() {
        requireFiles(files);
        List<VoiceprintInput> voiceprints = new ArrayList<>();
        try (SpeakerRegistry registry = SpeakerRegistry.open(registryOptions.config());
             DiarizationModels diarization = openModels()) {
            for (Path file : files) {
                voiceprints.add(voiceprint(file, diarize(diarization, file)));
            }
            Speaker speaker = registry.enroll(name, voiceprints);
            double speech = voiceprints.stream().mapToDouble(VoiceprintInput::speechSeconds).sum();
            spec.commandLine().getOut().printf(Locale.ROOT, "enrolled %s: %d voiceprint%s from %.1f s of speech "
                    + "(%d in the registry)%n", speaker.name(), voiceprints.size(), voiceprints.size() == 1 ? "" : "s",
                speech, speaker.voiceprints());
        }
        return ExitCodes.OK;
    }

    private VoiceprintInput voiceprint(Path file, DiarizationResult result) {
        List<DiarizedSpeaker> speakers = RecordingSpeakers.of(result);
        DiarizedSpeaker dominant = speakers.stream().max(Comparator.comparingDouble(DiarizedSpeaker::speechSeconds))
            .orElseThrow(() -> new InvalidInputException(file, "no speech long enough to make a voiceprint"));
        if (result.speakers().size() > 1) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "diarist: warning: %s: %d speakers found; enrolling the one who talks most "
                    + "(%s, %.1f s of %.1f s of speech)%n", file, result.speakers().size(), dominant.label(),
                dominant.speechSeconds(), result.annotation().timeline().duration());
            err.flush();
        }
        List<Segment> segments = dominant.segments();
        Segment span = new Segment(segments.get(0).start(), segments.get(segments.size() - 1).end());
        return new VoiceprintInput(dominant.embedding(), RecordingInfo.of(file, result.duration()), span,
            dominant.speechSeconds());
    }
}
