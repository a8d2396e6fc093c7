package org.diarist.registry;

import org.diarist.engine.annotation.Segment;
import java.util.Objects;

/**
 * One embedding to store as a voiceprint, with where it came from: the recording (may be null), the part of it
 * that was embedded (may be null) and how many seconds of speech went into it.
 */
public record VoiceprintInput(Embedding embedding, RecordingInfo recording, Segment span, double speechSeconds) {

    public VoiceprintInput {
        Objects.requireNonNull(embedding, "embedding");
        if (!(speechSeconds >= 0)) {
            throw new IllegalArgumentException("bad speech duration " + speechSeconds);
        }
    }

    /** An embedding with no recorded origin (tests, imports of bare vectors). */
    public static VoiceprintInput of(Embedding embedding) {
        return new VoiceprintInput(embedding, null, null, 0);
    }
}
