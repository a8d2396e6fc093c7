package org.diarist.registry;

import org.diarist.engine.annotation.Segment;
import java.util.List;

/**
 * What the registry made of one diarized speaker.
 *
 * @param label        the diarization label ({@code SPEAKER_00})
 * @param identity     the registry speaker's name, or {@code null} when unknown
 * @param provisional  whether that name is a provisional one ({@code SPK-000001})
 * @param created      whether tracking created that speaker for this recording
 * @param score        the score of the identity taken, or for an unknown speaker its best candidate's score
 *                     ({@link Double#NaN} when the registry had no candidate at all)
 */
public record SpeakerIdentification(String label, String identity, boolean provisional, boolean created,
                                    double score, double speechSeconds, List<Segment> segments) {

    public SpeakerIdentification {
        segments = List.copyOf(segments);
    }

    public boolean known() {
        return identity != null;
    }
}
