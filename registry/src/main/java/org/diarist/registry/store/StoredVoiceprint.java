package org.diarist.registry.store;

import org.diarist.registry.RecordingInfo;
import org.diarist.engine.annotation.Segment;

import java.time.Instant;

/** A voiceprint row with its recording: {@code recording} and {@code span} may be null. */
public record StoredVoiceprint(long id, long speakerId, String modelId, float[] vector, RecordingInfo recording,
                               Segment span, double speechSeconds, Instant created) {
}
