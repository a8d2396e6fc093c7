package org.diarist.engine.pipeline;

/**
 * Which (window, local speaker) pairs get a speaker embedding, and from which frames. A local speaker talking at
 * least {@code minSpeech} seconds in a window is embedded; with {@code excludeOverlap}, from the frames where it
 * talks alone when those last at least {@code minCleanSpeech} seconds, otherwise from all its frames (pyannote's
 * {@code embedding_exclude_overlap}). Defaults are in {@link Builder}.
 *
 * @param batchSize      embeddings per model call
 * @param minSpeech      seconds a local speaker must talk in a window to be embedded
 * @param minCleanSpeech seconds of talking alone needed to pool over those frames only
 * @param excludeOverlap whether to pool over single-speaker frames when there are enough
 */
public record EmbeddingConfig(int batchSize, double minSpeech, double minCleanSpeech, boolean excludeOverlap) {

    public EmbeddingConfig {
        if (batchSize < 1) {
            throw new IllegalArgumentException("embedding batch size must be at least 1: " + batchSize);
        }
        if (!(minSpeech >= 0) || !(minCleanSpeech >= 0)) {
            throw new IllegalArgumentException("minimum speech durations must be >= 0 s: " + minSpeech + ", "
                + minCleanSpeech);
        }
    }

    public static EmbeddingConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().batchSize(batchSize).minSpeech(minSpeech).minCleanSpeech(minCleanSpeech)
            .excludeOverlap(excludeOverlap);
    }

    /** Defaults in one place: 8 per batch (each a whole window through the network), speakers talking at least 0.1 s, clean pooling from 0.5 s. */
    public static final class Builder {
        private int batchSize = 8;
        private double minSpeech = 0.1;
        private double minCleanSpeech = 0.5;
        private boolean excludeOverlap = true;

        private Builder() {
        }

        public Builder batchSize(int embeddings) { batchSize = embeddings; return this; }
        public Builder minSpeech(double seconds) { minSpeech = seconds; return this; }
        public Builder minCleanSpeech(double seconds) { minCleanSpeech = seconds; return this; }
        public Builder excludeOverlap(boolean exclude) { excludeOverlap = exclude; return this; }

        public EmbeddingConfig build() {
            return new EmbeddingConfig(batchSize, minSpeech, minCleanSpeech, excludeOverlap);
        }
    }
}
