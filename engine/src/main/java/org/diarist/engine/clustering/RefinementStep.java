package org.diarist.engine.clustering;

/**
 * The affinity refinement operations of Google's SpectralCluster (Wang et al., ICASSP 2018), applied in the
 * order the config lists them.
 */
public enum RefinementStep {
    /** Replace each diagonal entry by the largest off-diagonal entry of its row. */
    CROP_DIAGONAL,
    /** 2-D Gaussian smoothing; only meaningful when the rows are in time order. */
    GAUSSIAN_BLUR,
    /** Row-wise pruning at the p-percentile (or at p times the row maximum); p is what AutoTune searches. */
    ROW_WISE_THRESHOLD,
    /** Make the matrix symmetric again (max or average of A and its transpose). */
    SYMMETRIZE,
    /** A := A A^T; costs a dense matrix product (n^3 flops). */
    DIFFUSE,
    /** Divide each row by its maximum. */
    ROW_WISE_NORMALIZE;

    /** How {@link #ROW_WISE_THRESHOLD} picks its cut-off. */
    public enum ThresholdType {
        /** Entries below the row's p-quantile are pruned (p is the fraction of each row pruned). */
        PERCENTILE,
        /** Entries below p times the row maximum are pruned. */
        ROW_MAX
    }

    /** How {@link #SYMMETRIZE} combines A and its transpose. */
    public enum SymmetrizeType {
        MAX,
        AVERAGE
    }
}
