package org.diarist.registry;

import org.diarist.engine.annotation.Segment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds registries and synthetic speakers for tests. */
final class RegistryTestSupport {

    static final String MODEL = "test-model";
    static final int DIMENSION = 192;
    /** Synthetic voices score 0.7 with their own speaker and 0 +- 0.07 with others, not like a real model. */
    static final double SYNTHETIC_THRESHOLD = 0.5;
    static final SyntheticVoices VOICES = SyntheticVoices.forSameSpeakerCosine(DIMENSION, 0.7, 2024);

    private RegistryTestSupport() {
    }

    static RegistryConfig config(Path folder) {
        return RegistryConfig.builder().location(folder.resolve("registry")).indexBuildThreads(1)
            .threshold(SYNTHETIC_THRESHOLD).build();
    }

    /** {@code count} voiceprints of synthetic speaker {@code speaker}, takes starting at {@code firstTake}. */
    static List<VoiceprintInput> voiceprints(int speaker, int firstTake, int count) {
        List<VoiceprintInput> inputs = new ArrayList<>();
        for (int take = firstTake; take < firstTake + count; take++) {
            inputs.add(VoiceprintInput.of(VOICES.embedding(MODEL, speaker, take)));
        }
        return inputs;
    }

    /** A diarized speaker whose embedding is a fresh take of synthetic speaker {@code speaker}. */
    static DiarizedSpeaker diarized(String label, int speaker, long take) {
        return new DiarizedSpeaker(label, VOICES.embedding(MODEL, speaker, take), 10.0,
            List.of(new Segment(1.0, 6.0), new Segment(8.0, 13.0)));
    }

    static RecordingInfo recording(String name) {
        return new RecordingInfo("/recordings/" + name, "hash-" + name, 60.0);
    }
}
