package org.diarist.registry.index;

/** A voiceprint found by a search, with its score against the query. */
public record VoiceprintHit(long voiceprintId, float score) {
}
