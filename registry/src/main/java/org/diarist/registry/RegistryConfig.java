package org.diarist.registry;

import org.diarist.registry.index.HnswParameters;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a registry is opened and how it decides. Build with {@link #builder()}; every default lives here.
 *
 * @param location               the database path without H2's {@code .mv.db} suffix
 * @param threshold              lowest speaker score (cosine) accepted as the same person
 * @param exactSearchBelow       below this many voiceprints search is exact; from it on, an HNSW graph
 * @param hnsw                   parameters of the graph
 * @param candidateVoiceprints   voiceprints retrieved per query before scoring speakers
 * @param maxVoiceprintsPerSpeaker tracking stops adding voiceprints to a speaker that has this many
 * @param lockTimeoutMillis      how long a writer waits for another process's transaction
 * @param indexSaveEvery         the index file is rewritten after this many voiceprints were appended
 * @param indexBuildThreads      threads that build the graph
 */
public record RegistryConfig(Path location, double threshold, int exactSearchBelow, HnswParameters hnsw,
                             int candidateVoiceprints, int maxVoiceprintsPerSpeaker, long lockTimeoutMillis,
                             int indexSaveEvery, int indexBuildThreads) {

    /**
     * Cosine threshold of the open-set decision, calibrated for diarist-embedding@73a7293f1c67 on LibriSpeech
     * test-other: 1.0 % false accepts, 11.25 % false rejects on trials of a two-utterance enrolment (best
     * voiceprint) against one other utterance ({@code IdentityEvaluation} in benchmarks; docs/registry.md).
     * Recalibrate when the shipped embedding model changes.
     */
    public static final double DEFAULT_THRESHOLD = 0.733;
    public static final int DEFAULT_EXACT_SEARCH_BELOW = 5_000;
    public static final int DEFAULT_CANDIDATE_VOICEPRINTS = 32;
    public static final int DEFAULT_MAX_VOICEPRINTS_PER_SPEAKER = 32;
    public static final long DEFAULT_LOCK_TIMEOUT_MILLIS = 30_000;
    public static final int DEFAULT_INDEX_SAVE_EVERY = 1_000;

    public RegistryConfig {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hnsw, "hnsw");
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be a cosine score in [-1, 1]: " + threshold);
        }
        if (exactSearchBelow < 0 || candidateVoiceprints < 1 || maxVoiceprintsPerSpeaker < 1
            || lockTimeoutMillis < 0 || indexSaveEvery < 1 || indexBuildThreads < 1) {
            throw new IllegalArgumentException("bad registry configuration: " + this);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().location(location).threshold(threshold).exactSearchBelow(exactSearchBelow).hnsw(hnsw)
            .candidateVoiceprints(candidateVoiceprints).maxVoiceprintsPerSpeaker(maxVoiceprintsPerSpeaker)
            .lockTimeoutMillis(lockTimeoutMillis).indexSaveEvery(indexSaveEvery).indexBuildThreads(indexBuildThreads);
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private Path location = RegistryPaths.defaultLocation();
        private double threshold = DEFAULT_THRESHOLD;
        private int exactSearchBelow = DEFAULT_EXACT_SEARCH_BELOW;
        private HnswParameters hnsw = HnswParameters.DEFAULT;
        private int candidateVoiceprints = DEFAULT_CANDIDATE_VOICEPRINTS;
        private int maxVoiceprintsPerSpeaker = DEFAULT_MAX_VOICEPRINTS_PER_SPEAKER;
        private long lockTimeoutMillis = DEFAULT_LOCK_TIMEOUT_MILLIS;
        private int indexSaveEvery = DEFAULT_INDEX_SAVE_EVERY;
        private int indexBuildThreads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** The registry's path; {@code foo} and {@code foo.mv.db} name the same registry. */
        public Builder location(Path path) {
            this.location = RegistryPaths.basePath(path);
            return this;
        }

        public Builder threshold(double value) {
            this.threshold = value;
            return this;
        }

        public Builder exactSearchBelow(int value) {
            this.exactSearchBelow = value;
            return this;
        }

        public Builder hnsw(HnswParameters value) {
            this.hnsw = value;
            return this;
        }

        public Builder candidateVoiceprints(int value) {
            this.candidateVoiceprints = value;
            return this;
        }

        public Builder maxVoiceprintsPerSpeaker(int value) {
            this.maxVoiceprintsPerSpeaker = value;
            return this;
        }

        public Builder lockTimeoutMillis(long value) {
            this.lockTimeoutMillis = value;
            return this;
        }

        public Builder indexSaveEvery(int value) {
            this.indexSaveEvery = value;
            return this;
        }

        public Builder indexBuildThreads(int value) {
            this.indexBuildThreads = value;
            return this;
        }

        public RegistryConfig build() {
            return new RegistryConfig(location, threshold, exactSearchBelow, hnsw, candidateVoiceprints,
                maxVoiceprintsPerSpeaker, lockTimeoutMillis, indexSaveEvery, indexBuildThreads);
        }
    }
}
