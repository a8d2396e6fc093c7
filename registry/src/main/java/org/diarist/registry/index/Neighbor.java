package org.diarist.registry.index;

/** A search hit: the ordinal of a stored vector and its score against the query (higher is closer). */
public record Neighbor(int ordinal, float score) {
}
