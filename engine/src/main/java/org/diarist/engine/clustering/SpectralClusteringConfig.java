package org.diarist.engine.clustering;

import java.util.List;

/**
 * Settings of {@link SpectralClusterer}; the builder holds the defaults and {@link Builder#build()} validates.
 *
 * <p>The defaults follow the Turn-to-Diarize configuration of Google's SpectralCluster (row-wise binarised
 * percentile pruning that keeps the diagonal, average symmetrisation, graph-cut normalised Laplacian) with
 * NME-SC AutoTune of the pruning percentile p, minimising sqrt(1 - p) / (normalised maximum eigengap) over
 * 15 values from 0.40 to 0.99. SpectralCluster searches 0.40..0.95 linearly; the grid here is geometric in
 * the kept fraction 1 - p and reaches 0.99, because a speaker with under 5 % of a long recording's
 * embeddings is only separated when each row keeps fewer neighbours than that speaker has.
 */
public final class SpectralClusteringConfig {

    /** Beyond this many points the O(n^2) matrices would exceed ~100 MB each: a hard limit. */
    public static final int LARGEST_SPECTRAL_SIZE = 3000;

    private final int maxClusters;
    private final List<RefinementStep> refinementSequence;
    private final RefinementStep.ThresholdType thresholdType;
    private final boolean thresholdBinarize;
    private final boolean thresholdPreserveDiagonal;
    private final double thresholdSoftMultiplier;
    private final RefinementStep.SymmetrizeType symmetrizeType;
    private final double gaussianBlurSigma;
    private final boolean autoTune;
    private final double percentile;
    private final double percentileMin;
    private final double percentileMax;
    private final int autoTuneSteps;
    private final double singleSpeakerThreshold;
    private final int minNeighbours;
    private final int centroidRefinementIterations;
    private final int maxSpectralSize;
    private final int preClusteringIterations;
    private final int kmeansRestarts;
    private final int kmeansMaxIterations;
    private final long seed;

    private SpectralClusteringConfig(Builder b) {
        this.maxClusters = b.maxClusters;
        this.refinementSequence = List.copyOf(b.refinementSequence);
        this.thresholdType = b.thresholdType;
        this.thresholdBinarize = b.thresholdBinarize;
        this.thresholdPreserveDiagonal = b.thresholdPreserveDiagonal;
        this.thresholdSoftMultiplier = b.thresholdSoftMultiplier;
        this.symmetrizeType = b.symmetrizeType;
        this.gaussianBlurSigma = b.gaussianBlurSigma;
        this.autoTune = b.autoTune;
        this.percentile = b.percentile;
        this.percentileMin = b.percentileMin;
        this.percentileMax = b.percentileMax;
        this.autoTuneSteps = b.autoTuneSteps;
        this.singleSpeakerThreshold = b.singleSpeakerThreshold;
        this.minNeighbours = b.minNeighbours;
        this.centroidRefinementIterations = b.centroidRefinementIterations;
        this.maxSpectralSize = b.maxSpectralSize;
        this.preClusteringIterations = b.preClusteringIterations;
        this.kmeansRestarts = b.kmeansRestarts;
        this.kmeansMaxIterations = b.kmeansMaxIterations;
        this.seed = b.seed;
    }

    public static SpectralClusteringConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this config's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Upper bound of the estimated speaker count when no {@code maxSpeakers} hint is given. */
    public int maxClusters() {
        return maxClusters;
    }

    public List<RefinementStep> refinementSequence() {
        return refinementSequence;
    }

    public RefinementStep.ThresholdType thresholdType() {
        return thresholdType;
    }

    /** Whether kept entries become 1 after row-wise thresholding (as in NME-SC). */
    public boolean thresholdBinarize() {
        return thresholdBinarize;
    }

    /** Whether thresholding ignores the diagonal and sets it to 1. */
    public boolean thresholdPreserveDiagonal() {
        return thresholdPreserveDiagonal;
    }

    /** Factor applied to pruned entries (0 for hard pruning). */
    public double thresholdSoftMultiplier() {
        return thresholdSoftMultiplier;
    }

    public RefinementStep.SymmetrizeType symmetrizeType() {
        return symmetrizeType;
    }

    public double gaussianBlurSigma() {
        return gaussianBlurSigma;
    }

    /** Whether p is searched by AutoTune; otherwise {@link #percentile()} is used. */
    public boolean autoTune() {
        return autoTune;
    }

    /** The fixed pruning percentile p when AutoTune is off (fraction of each row pruned, or of the row max). */
    public double percentile() {
        return percentile;
    }

    public double percentileMin() {
        return percentileMin;
    }

    public double percentileMax() {
        return percentileMax;
    }

    /** Number of p values AutoTune tries between {@link #percentileMin()} and {@link #percentileMax()}. */
    public int autoTuneSteps() {
        return autoTuneSteps;
    }

    /**
     * Same-voice merging and the single-speaker check ({@link SameVoiceMerger}): two clusters whose relative
     * similarity (cross-cluster over within-cluster mean cosine) reaches this value are one voice cut in
     * parts and are merged, down to the hinted minimum count; when all merge, the input is one speaker.
     * Values above about 1.5 disable it.
     */
    public double singleSpeakerThreshold() {
        return singleSpeakerThreshold;
    }

    /**
     * Row-wise pruning keeps at least this many neighbours per row: percentiles that would keep fewer
     * (large p on few points) are left out of the search, so small inputs do not fall apart into islands.
     */
    public int minNeighbours() {
        return minNeighbours;
    }

    /**
     * Rounds of re-assigning every embedding to its most similar cluster centroid after the spectral
     * labels (0 to skip); this repairs the boundary items a sparse graph attaches to a small cluster.
     */
    public int centroidRefinementIterations() {
        return centroidRefinementIterations;
    }

    /** Inputs larger than this are pre-clustered into this many weighted groups first. */
    public int maxSpectralSize() {
        return maxSpectralSize;
    }

    public int preClusteringIterations() {
        return preClusteringIterations;
    }

    public int kmeansRestarts() {
        return kmeansRestarts;
    }

    public int kmeansMaxIterations() {
        return kmeansMaxIterations;
    }

    /** Seed of every random choice (k-means++ seeding); the same seed gives the same labels. */
    public long seed() {
        return seed;
    }

    /**
     * The p values AutoTune tries for {@code points} points (or just the fixed p), leaving out those that
     * would keep fewer than {@link #minNeighbours()} neighbours per row; when all would, the largest p
     * that keeps them.
     */
    double[] percentileGrid(int points) {
        double largestAllowed = thresholdType == RefinementStep.ThresholdType.PERCENTILE
            ? 1.0 - (double) minNeighbours / Math.max(1, points - 1)
            : 1.0;
        if (!autoTune) {
            return new double[] {Math.max(Math.min(percentile, largestAllowed), 0.0)};
        }
        // Geometric in the kept fraction 1 - p: finer at high p, where small speakers of long inputs need it.
        double[] grid = new double[autoTuneSteps];
        double keptMax = 1 - percentileMin;
        double keptMin = 1 - percentileMax;
        int count = 0;
        for (int i = 0; i < autoTuneSteps; i++) {
            double t = autoTuneSteps == 1 ? 0 : (double) i / (autoTuneSteps - 1);
            double p = 1 - keptMax * Math.pow(keptMin / keptMax, t);
            if (p <= largestAllowed + 1e-12) {
                grid[count++] = p;
            }
        }
        if (count == 0) {
            return new double[] {Math.max(largestAllowed, 0.0)};
        }
        return java.util.Arrays.copyOf(grid, count);
    }

    @Override
    public String toString() {
        return "SpectralClusteringConfig[maxClusters=" + maxClusters + ", refinement=" + refinementSequence
            + ", threshold=" + thresholdType + (thresholdBinarize ? " binarised" : "")
            + ", autoTune=" + (autoTune ? percentileMin + ".." + percentileMax + " in " + autoTuneSteps + " steps" : "off, p=" + percentile)
            + ", singleSpeakerThreshold=" + singleSpeakerThreshold + ", maxSpectralSize=" + maxSpectralSize
            + ", seed=" + seed + "]";
    }

    /** Defaults live here, and only here. */
    public static final class Builder {
        // Generous on purpose: below the true count, the largest eigengap left is between coarse groups of voices
        // (a 2-hour recording of 21 speakers came out as 2 with a cap of 20).
        private int maxClusters = 50;
        private List<RefinementStep> refinementSequence =
            List.of(RefinementStep.ROW_WISE_THRESHOLD, RefinementStep.SYMMETRIZE);
        private RefinementStep.ThresholdType thresholdType = RefinementStep.ThresholdType.PERCENTILE;
        private boolean thresholdBinarize = true;
        private boolean thresholdPreserveDiagonal = true;
        private double thresholdSoftMultiplier = 0.01;
        private RefinementStep.SymmetrizeType symmetrizeType = RefinementStep.SymmetrizeType.AVERAGE;
        private double gaussianBlurSigma = 1.0;
        private boolean autoTune = true;
        private double percentile = 0.95;
        private double percentileMin = 0.40;
        private double percentileMax = 0.99;
        private int autoTuneSteps = 15;
        private double singleSpeakerThreshold = 0.75;
        private int minNeighbours = 2;
        private int centroidRefinementIterations = 10;
        private int maxSpectralSize = 500;
        private int preClusteringIterations = 3;
        private int kmeansRestarts = 10;
        private int kmeansMaxIterations = 300;
        private long seed = 0;

        private Builder() {
        }

        private Builder(SpectralClusteringConfig c) {
            maxClusters = c.maxClusters;
            refinementSequence = c.refinementSequence;
            thresholdType = c.thresholdType;
            thresholdBinarize = c.thresholdBinarize;
            thresholdPreserveDiagonal = c.thresholdPreserveDiagonal;
            thresholdSoftMultiplier = c.thresholdSoftMultiplier;
            symmetrizeType = c.symmetrizeType;
            gaussianBlurSigma = c.gaussianBlurSigma;
            autoTune = c.autoTune;
            percentile = c.percentile;
            percentileMin = c.percentileMin;
            percentileMax = c.percentileMax;
            autoTuneSteps = c.autoTuneSteps;
            singleSpeakerThreshold = c.singleSpeakerThreshold;
            minNeighbours = c.minNeighbours;
            centroidRefinementIterations = c.centroidRefinementIterations;
            maxSpectralSize = c.maxSpectralSize;
            preClusteringIterations = c.preClusteringIterations;
            kmeansRestarts = c.kmeansRestarts;
            kmeansMaxIterations = c.kmeansMaxIterations;
            seed = c.seed;
        }

        public Builder maxClusters(int value) {
            maxClusters = value;
            return this;
        }

        public Builder refinementSequence(List<RefinementStep> value) {
            refinementSequence = value;
            return this;
        }

        public Builder thresholdType(RefinementStep.ThresholdType value) {
            thresholdType = value;
            return this;
        }

        public Builder thresholdBinarize(boolean value) {
            thresholdBinarize = value;
            return this;
        }

        public Builder thresholdPreserveDiagonal(boolean value) {
            thresholdPreserveDiagonal = value;
            return this;
        }

        public Builder thresholdSoftMultiplier(double value) {
            thresholdSoftMultiplier = value;
            return this;
        }

        public Builder symmetrizeType(RefinementStep.SymmetrizeType value) {
            symmetrizeType = value;
            return this;
        }

        public Builder gaussianBlurSigma(double value) {
            gaussianBlurSigma = value;
            return this;
        }

        public Builder autoTune(boolean value) {
            autoTune = value;
            return this;
        }

        public Builder percentile(double value) {
            percentile = value;
            return this;
        }

        /** The AutoTune search: {@code steps} values from {@code min} to {@code max}, geometric in 1 - p. */
        public Builder percentileRange(double min, double max, int steps) {
            percentileMin = min;
            percentileMax = max;
            autoTuneSteps = steps;
            return this;
        }

        public Builder singleSpeakerThreshold(double value) {
            singleSpeakerThreshold = value;
            return this;
        }

        public Builder minNeighbours(int value) {
            minNeighbours = value;
            return this;
        }

        public Builder centroidRefinementIterations(int value) {
            centroidRefinementIterations = value;
            return this;
        }

        public Builder maxSpectralSize(int value) {
            maxSpectralSize = value;
            return this;
        }

        public Builder preClusteringIterations(int value) {
            preClusteringIterations = value;
            return this;
        }

        public Builder kmeansRestarts(int value) {
            kmeansRestarts = value;
            return this;
        }

        public Builder kmeansMaxIterations(int value) {
            kmeansMaxIterations = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** @throws IllegalArgumentException when a value is out of its range */
        public SpectralClusteringConfig build() {
            require(maxClusters >= 1, "maxClusters must be at least 1, got " + maxClusters);
            require(refinementSequence != null && refinementSequence.stream().allMatch(java.util.Objects::nonNull),
                "refinementSequence must not be or contain null");
            require(!autoTune || refinementSequence.contains(RefinementStep.ROW_WISE_THRESHOLD),
                "AutoTune searches the ROW_WISE_THRESHOLD percentile, which the refinement sequence lacks");
            require(thresholdType != null && symmetrizeType != null, "threshold and symmetrize types must be set");
            require(thresholdSoftMultiplier >= 0 && thresholdSoftMultiplier < 1,
                "thresholdSoftMultiplier must be in [0, 1), got " + thresholdSoftMultiplier);
            require(gaussianBlurSigma > 0, "gaussianBlurSigma must be positive, got " + gaussianBlurSigma);
            require(inOpenUnit(percentile), "percentile must be in (0, 1), got " + percentile);
            require(inOpenUnit(percentileMin) && inOpenUnit(percentileMax) && percentileMin <= percentileMax,
                "percentile range must satisfy 0 < min <= max < 1, got " + percentileMin + ".." + percentileMax);
            require(autoTuneSteps >= 1, "autoTuneSteps must be at least 1, got " + autoTuneSteps);
            require(singleSpeakerThreshold > 0, "singleSpeakerThreshold must be positive, got " + singleSpeakerThreshold);
            require(maxSpectralSize >= 2 * maxClusters && maxSpectralSize <= LARGEST_SPECTRAL_SIZE,
                "maxSpectralSize must be in [2 * maxClusters, " + LARGEST_SPECTRAL_SIZE + "], got " + maxSpectralSize);
            require(minNeighbours >= 1, "minNeighbours must be at least 1, got " + minNeighbours);
            require(centroidRefinementIterations >= 0, "centroidRefinementIterations must not be negative");
            require(preClusteringIterations >= 1, "preClusteringIterations must be at least 1");
            require(kmeansRestarts >= 1 && kmeansMaxIterations >= 1, "k-means needs at least one restart and iteration");
            return new SpectralClusteringConfig(this);
        }

        private static boolean inOpenUnit(double value) {
            return value > 0 && value < 1;
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
