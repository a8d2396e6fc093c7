package org.diarist.engine.clustering;

/**
 * Groups speaker embeddings into global speakers.
 *
 * <p>Implementations are stateless and thread-safe: everything they need is in their immutable config,
 * and the same input with the same config always gives the same labels.
 */
public interface Clusterer {

    /**
     * Clusters {@code embeddings} (one row per embedding, all rows of the same dimension; they need not be
     * L2-normalised) while keeping the members of each cannot-link group in distinct clusters and honouring
     * the speaker-count hints (clamped to the number of embeddings).
     *
     * @throws IllegalArgumentException when rows differ in dimension, are empty, contain a non-finite value,
     *     have zero norm, or when a cannot-link index is out of range
     */
    ClusteringResult cluster(float[][] embeddings, CannotLink constraints, SpeakerCountHints hints);

    /** Clusters without constraints or hints. */
    default ClusteringResult cluster(float[][] embeddings) {
        return cluster(embeddings, CannotLink.none(), SpeakerCountHints.none());
    }
}
