package org.diarist.registry.store;

/** A speaker as stored: id, name, whether the name is a provisional one. */
public record SpeakerRow(long id, String name, boolean provisional) {
}
