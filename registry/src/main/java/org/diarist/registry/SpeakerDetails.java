package org.diarist.registry;

import org.diarist.registry.store.AppearanceTable.Appearance;
import org.diarist.registry.store.StoredVoiceprint;

import java.util.List;

/** One speaker with its voiceprints and the recordings it appeared in. */
public record SpeakerDetails(Speaker speaker, List<StoredVoiceprint> voiceprints, List<Appearance> appearances) {
}
