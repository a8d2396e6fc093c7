package org.diarist.registry;

import org.diarist.engine.annotation.Segment;
import java.util.List;
import java.util.Objects;

/**
 * One speaker of one recording as diarization found it: its local label ({@code SPEAKER_00}), the embedding of
 * its speech (the pipeline's per-speaker centroid), how much it spoke and when.
 */
public record DiarizedSpeaker(String label, Embedding embedding, double speechSeconds, List<Segment> segments) {

    public DiarizedSpeaker {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(embedding, "embedding");
        segments = List.copyOf(segments);
        if (!(speechSeconds >= 0)) {
            throw new IllegalArgumentException("bad speech duration " + speechSeconds + " for " + label);
        }
    }
}
