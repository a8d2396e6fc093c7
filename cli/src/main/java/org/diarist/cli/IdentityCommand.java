package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.RecordingUri;
import org.diarist.engine.pipeline.DiarizationConfig;
import org.diarist.engine.pipeline.DiarizationResult;
import org.diarist.registry.RecordingIdentification;
import org.diarist.registry.RegistryConfig;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What {@code enroll}, {@code identify} and {@code track} share: they diarize recordings with the default pipeline
 * and then consult the speaker registry.
 */
abstract class IdentityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TorchOptions torch;

    @Mixin
    ModelStoreOptions modelStore;

    @Mixin
    PipelineModelOptions models;

    @Mixin
    RegistryOptions registryOptions;

    /** Opens the pipeline's models; the caller closes them. */
    DiarizationModels openModels() {
        return DiarizationModels.open(modelStore.store(), models.segmentation(), models.embedding(), torch.apply(),
            DiarizationConfig.builder().build());
    }

    /** Diarizes one recording, with a progress bar on a terminal. */
    DiarizationResult diarize(DiarizationModels diarization, Path file) {
        try (StageProgress progress = StageProgress.onTerminal(spec.commandLine().getErr(), RecordingUri.of(file),
                common)) {
            return diarization.pipeline().diarize(file, progress);
        }
    }

    /** How identify or track decides who the speakers of one diarized recording are. */
    interface RecordingDecision {
        RecordingIdentification decide(SpeakerRegistry registry, Path file, DiarizationResult result);
    }

    /**
     * The loop identify and track share: diarizes each recording, lets {@code decision} consult the registry, and
     * prints the speakers with their names in {@code format}. Closes the registry.
     */
    int nameSpeakers(SpeakerRegistry registry, List<Path> files, IdentificationOutput.Format format,
                     RecordingDecision decision) {
        try (registry; DiarizationModels diarization = openModels()) {
            for (Path file : files) {
                DiarizationResult result = diarize(diarization, file);
                RecordingIdentification identification = decision.decide(registry, file, result);
                spec.commandLine().getOut().print(IdentificationOutput.render(result.annotation(),
                    RecordingSpeakers.complete(result, identification), format));
                spec.commandLine().getOut().flush();
            }
        }
        return ExitCodes.OK;
    }

    /** Fails early, before models load, on files that are not there. */
    static void requireFiles(List<Path> files) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(file, "no such file");
            }
        }
    }

    /** The registry configuration with a {@code --threshold} override, when given. */
    RegistryConfig config(Double threshold) {
        RegistryConfig config = registryOptions.config();
        if (threshold == null) {
            return config;
        }
        try {
            return config.toBuilder().threshold(threshold).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--threshold must be a cosine score between -1 and 1, got " + threshold);
        }
    }
}
