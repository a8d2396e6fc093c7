package org.diarist.engine.clustering;

/**
 * Decides whether a partition into k >= 2 clusters is really one voice cut into parts.
 *
 * <p>The statistic is the relative similarity of two clusters: their mean cross-cluster cosine similarity
 * divided by the mean within-cluster cosine similarity (pairs of distinct members, pooled over all clusters
 * with two or more members). It is about 1 when both clusters come from the same voice, whatever the
 * embedding model's typical similarity level, and about (between-speaker / within-speaker similarity), 0.2
 * to 0.5 for typical models, for two voices. The partition is one voice when the smallest relative
 * similarity over all pairs of clusters reaches the threshold.
 */
final class SingleSpeakerCheck {

    private SingleSpeakerCheck() {
    }

    /** The smallest relative similarity over all pairs of clusters (+infinity for fewer than 2 clusters). */
    static double minimumRelativeSimilarity(double[][] unit, int[] labels, int k) {
        int dimension = unit[0].length;
        double[][] sums = new double[k][dimension];
        int[] sizes = new int[k];
        for (int i = 0; i < unit.length; i++) {
            sizes[labels[i]]++;
            double[] sum = sums[labels[i]];
            for (int j = 0; j < dimension; j++) {
                sum[j] += unit[i][j];
            }
        }
        double withinSum = 0;
        double withinPairs = 0;
        for (int a = 0; a < k; a++) {
            if (sizes[a] >= 2) {
                withinSum += UnitVectors.dot(sums[a], sums[a]) - sizes[a];
                withinPairs += (double) sizes[a] * (sizes[a] - 1);
            }
        }
        // With only singletons there is no within-cluster pair: compare raw cosine similarities instead.
        double within = withinPairs > 0 ? withinSum / withinPairs : 1.0;
        if (within <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double minimum = Double.POSITIVE_INFINITY;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (sizes[a] == 0 || sizes[b] == 0) {
                    continue;
                }
                double cross = UnitVectors.dot(sums[a], sums[b]) / ((double) sizes[a] * sizes[b]);
                minimum = Math.min(minimum, cross / within);
            }
        }
        return minimum;
    }
}
