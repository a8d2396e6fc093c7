package org.diarist.registry;

import java.util.List;

/**
 * The identities of one recording's speakers, in the order they were given.
 *
 * @param alreadyTracked the recording (same content) had been tracked before, so nothing was stored again
 */
public record RecordingIdentification(List<SpeakerIdentification> speakers, boolean alreadyTracked) {

    public RecordingIdentification {
        speakers = List.copyOf(speakers);
    }
}
