package org.diarist.engine.clustering;

import java.util.Arrays;

/**
 * How a clustering reached its result, for reports and tuning.
 *
 * @param method "spectral" or "ahc"
 * @param items number of embeddings
 * @param coreItems points the core algorithm saw: {@code items}, or the number of pre-clustering groups when
 *     the input was larger than the config's direct limit
 * @param estimatedClusters the count the method chose inside the allowed range (largest eigengap, or the
 *     number of large clusters at the threshold cut), before any same-voice merging
 * @param mergedClusters the count after same-voice merging (spectral) or hint handling (AHC), before the
 *     cannot-link repair, which never changes it; equal to the result's cluster count
 * @param singleSpeaker whether same-voice merging turned several clusters into one
 * @param percentile the row-wise pruning percentile p that was used (AutoTune's choice), NaN for AHC
 * @param eigengaps at that p: element {@code k - 1} is (lambda_k - lambda_{k-1}) / lambda_max of the
 *     normalised Laplacian, i.e. the normalised gap that would make k clusters; empty for AHC
 * @param cannotLinkMoves embeddings moved to another cluster to satisfy cannot-link groups
 * @param cannotLinkUnsatisfied pairs of one group still sharing a cluster (only when a group has more
 *     members than there are clusters)
 */
public record ClusteringDiagnostics(
    String method,
    int items,
    int coreItems,
    int estimatedClusters,
    int mergedClusters,
    boolean singleSpeaker,
    double percentile,
    double[] eigengaps,
    int cannotLinkMoves,
    int cannotLinkUnsatisfied) {

    public ClusteringDiagnostics {
        eigengaps = eigengaps.clone();
    }

    @Override
    public double[] eigengaps() {
        return eigengaps.clone();
    }

    ClusteringDiagnostics withCannotLink(int moves, int unsatisfied) {
        return new ClusteringDiagnostics(method, items, coreItems, estimatedClusters, mergedClusters, singleSpeaker,
            percentile, eigengaps, moves, unsatisfied);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClusteringDiagnostics that
            && method.equals(that.method) && items == that.items && coreItems == that.coreItems
            && estimatedClusters == that.estimatedClusters && mergedClusters == that.mergedClusters
            && singleSpeaker == that.singleSpeaker
            && Double.compare(percentile, that.percentile) == 0 && Arrays.equals(eigengaps, that.eigengaps)
            && cannotLinkMoves == that.cannotLinkMoves && cannotLinkUnsatisfied == that.cannotLinkUnsatisfied;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(method, items, coreItems, estimatedClusters, mergedClusters, singleSpeaker, percentile,
            cannotLinkMoves, cannotLinkUnsatisfied) + Arrays.hashCode(eigengaps);
    }

    @Override
    public String toString() {
        return method + ": " + items + " items (" + coreItems + " clustered directly), estimated "
            + estimatedClusters + (mergedClusters != estimatedClusters ? ", merged to " + mergedClusters : "")
            + (singleSpeaker ? " (single speaker)" : "")
            + (Double.isNaN(percentile) ? "" : String.format(java.util.Locale.ROOT, ", p=%.3f", percentile))
            + (cannotLinkMoves > 0 ? ", " + cannotLinkMoves + " cannot-link moves" : "")
            + (cannotLinkUnsatisfied > 0 ? ", " + cannotLinkUnsatisfied + " unsatisfiable cannot-link pairs" : "");
    }
}
