package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.RecordingUri;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.AudioSource;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.vad.SileroVad;
import org.diarist.engine.vad.SpeechRegionConfig;
import org.diarist.engine.vad.VoiceActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code diarist vad}: where there is speech, as RTTM (label {@code speech}) or JSON. */
@Command(
    name = "vad",
    mixinStandardHelpOptions = true,
    description = "Finds speech in recordings with Silero VAD and writes the speech regions as RTTM "
        + "(label 'speech', recording = file name without extension) or JSON.")
final class VadCommand implements Callable<Integer> {

    /** The catalog name {@code --model silero} stands for. */
    static final String SILERO = "silero-vad";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TorchOptions torch;

    @Mixin
    ModelStoreOptions modelStore;

    @Option(names = "--model", paramLabel = "silero|PATH", defaultValue = "silero",
        description = "The VAD model: 'silero' (catalog model silero-vad) or a Silero TorchScript file "
            + "(default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5",
        description = "Speech starts where the probability reaches P (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--offset", paramLabel = "P",
        description = "Speech may end where the probability falls below P (default: threshold - 0.15).")
    Double offset;

    @Option(names = "--min-speech", paramLabel = "SECONDS", defaultValue = "0.25",
        description = "Drop shorter speech regions (default: ${DEFAULT-VALUE}).")
    double minSpeech;

    @Option(names = "--min-silence", paramLabel = "SECONDS", defaultValue = "0.1",
        description = "Bridge shorter silences (default: ${DEFAULT-VALUE}).")
    double minSilence;

    @Option(names = "--pad", paramLabel = "SECONDS", defaultValue = "0.03",
        description = "Widen each region by this much on both sides (default: ${DEFAULT-VALUE}).")
    double pad;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "rttm",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json is an array, "
            + "one object per recording.")
    AnnotationOutput.Format format;

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "Recordings (any format FFmpeg reads).")
    List<Path> audio;

    @Override
    public Integer call() {
        SpeechRegionConfig regions = regionConfig();
        ComputeDevice device = torch.apply();
        Path modelFile = modelStore.store().resolve(model.equals("silero") ? SILERO : model);
        List<Annotation> annotations = new ArrayList<>();
        try (SileroVad vad = SileroVad.load(modelFile, device)) {
            for (Path file : audio) {
                try (AudioSource source = Audio.open(file, vad.sampleRate())) {
                    VoiceActivity activity = vad.detect(source);
                    annotations.add(activity.annotation(RecordingUri.of(file), regions));
                }
            }
        }
        AnnotationOutput.write(AnnotationOutput.render(annotations, format), output, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private SpeechRegionConfig regionConfig() {
        SpeechRegionConfig.Builder builder = SpeechRegionConfig.builder()
            .onset(threshold).minSpeech(minSpeech).minSilence(minSilence).padding(pad);
        if (offset != null) {
            builder.offset(offset);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
