package org.diarist.models.simulation;

import java.util.List;

/** Finds where a single-speaker utterance holds speech, so the simulator's reference marks speech, not silence. */
@FunctionalInterface
public interface SpeechDetector {

    /** Disjoint, sorted spans of speech in {@code audio} (16 kHz mono); empty when there is none. */
    List<SampleSpan> speech(float[] audio);
}
