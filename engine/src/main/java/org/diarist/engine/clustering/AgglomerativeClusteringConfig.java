package org.diarist.engine.clustering;

/**
 * Settings of {@link AgglomerativeClusterer}; the builder holds the defaults (those of pyannote 3.1's
 * speaker-diarization pipeline) and {@link Builder#build()} validates.
 */
public final class AgglomerativeClusteringConfig {

    /** Beyond this many points the distance matrix would exceed ~36 MB: a hard limit. */
    public static final int LARGEST_DIRECT_SIZE = 3000;

    private final double threshold;
    private final int minClusterSize;
    private final int maxDirectSize;
    private final int preClusteringIterations;
    private final long seed;

    private AgglomerativeClusteringConfig(Builder b) {
        this.threshold = b.threshold;
        this.minClusterSize = b.minClusterSize;
        this.maxDirectSize = b.maxDirectSize;
        this.preClusteringIterations = b.preClusteringIterations;
        this.seed = b.seed;
    }

    public static AgglomerativeClusteringConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The dendrogram cut when no speaker count is given: clusters whose centroids (means of L2-normalised
     * embeddings) are at most this Euclidean distance apart are merged. pyannote 3.1 calls the metric
     * "cosine" and uses 0.7045654963945799 in exactly this sense; for two single unit vectors it means
     * cosine similarity of at least 1 - t^2 / 2 (0.75).
     */
    public double threshold() {
        return threshold;
    }

    /**
     * Clusters with fewer members are not speakers of their own: they join the most similar large cluster.
     * The effective size is {@code min(minClusterSize, max(1, round(0.1 n)))}, so small inputs are not
     * swallowed whole (pyannote's rule).
     */
    public int minClusterSize() {
        return minClusterSize;
    }

    /** Inputs larger than this are pre-clustered by k-means into this many weighted groups first. */
    public int maxDirectSize() {
        return maxDirectSize;
    }

    public int preClusteringIterations() {
        return preClusteringIterations;
    }

    /** Seed of the pre-clustering's k-means++ (the agglomeration itself is deterministic). */
    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        return "AgglomerativeClusteringConfig[threshold=" + threshold + ", minClusterSize=" + minClusterSize
            + ", maxDirectSize=" + maxDirectSize + ", seed=" + seed + "]";
    }

    /** Defaults live here, and only here. */
    public static final class Builder {
        private double threshold = 0.7045654963945799;
        private int minClusterSize = 12;
        private int maxDirectSize = 1000;
        private int preClusteringIterations = 3;
        private long seed = 0;

        private Builder() {
        }

        private Builder(AgglomerativeClusteringConfig c) {
            threshold = c.threshold;
            minClusterSize = c.minClusterSize;
            maxDirectSize = c.maxDirectSize;
            preClusteringIterations = c.preClusteringIterations;
            seed = c.seed;
        }

        public Builder threshold(double value) {
            threshold = value;
            return this;
        }

        public Builder minClusterSize(int value) {
            minClusterSize = value;
            return this;
        }

        public Builder maxDirectSize(int value) {
            maxDirectSize = value;
            return this;
        }

        public Builder preClusteringIterations(int value) {
            preClusteringIterations = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** @throws IllegalArgumentException when a value is out of its range */
        public AgglomerativeClusteringConfig build() {
            if (!(threshold > 0 && threshold <= 2)) {
                throw new IllegalArgumentException("threshold must be in (0, 2] (distance of unit-vector means), got " + threshold);
            }
            if (minClusterSize < 1) {
                throw new IllegalArgumentException("minClusterSize must be at least 1, got " + minClusterSize);
            }
            if (maxDirectSize < 2 || maxDirectSize > LARGEST_DIRECT_SIZE) {
                throw new IllegalArgumentException("maxDirectSize must be in [2, " + LARGEST_DIRECT_SIZE + "], got " + maxDirectSize);
            }
            if (preClusteringIterations < 1) {
                throw new IllegalArgumentException("preClusteringIterations must be at least 1");
            }
            return new AgglomerativeClusteringConfig(this);
        }
    }
}
