package org.diarist.engine.clustering;

/**
 * Merges clusters that are one voice cut in parts; merging everything into one cluster is the
 * single-speaker outcome.
 *
 * <p>The statistic is the relative similarity of two clusters: their mean cross-cluster cosine similarity
 * divided by the mean within-cluster cosine similarity (pairs of distinct members, pooled over all clusters
 * with two or more members). It is about 1 when both clusters come from the same voice, whatever the
 * embedding model's typical similarity level, and about between-speaker / within-speaker similarity
 * (0.1 to 0.4 for typical models) for two voices. While the most similar pair reaches the threshold and the
 * cluster count is above the allowed minimum, that pair is merged.
 */
final class SameVoiceMerger {

    private SameVoiceMerger() {
    }

    /**
     * Merges in place; returns the new cluster count (labels stay in [0, count), renumbered by first
     * appearance).
     */
    static int merge(double[][] unit, int[] labels, int k, int minClusters, double threshold) {
        int dimension = unit[0].length;
        double[][] sums = new double[k][dimension];
        double[] sizes = new double[k];
        for (int i = 0; i < unit.length; i++) {
            sizes[labels[i]]++;
            double[] sum = sums[labels[i]];
            for (int j = 0; j < dimension; j++) {
                sum[j] += unit[i][j];
            }
        }
        int[] mergedInto = new int[k];
        for (int c = 0; c < k; c++) {
            mergedInto[c] = c;
        }
        boolean[] alive = new boolean[k];
        java.util.Arrays.fill(alive, true);
        int count = k;
        while (count > Math.max(1, minClusters)) {
            double within = pooledWithinSimilarity(sums, sizes, alive);
            if (within <= 0) {
                break;
            }
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    if (alive[a] && alive[b] && sizes[a] > 0 && sizes[b] > 0) {
                        double relative = UnitVectors.dot(sums[a], sums[b]) / (sizes[a] * sizes[b]) / within;
                        if (relative > best) {
                            best = relative;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
            }
            if (bestA < 0 || best < threshold) {
                break;
            }
            for (int j = 0; j < dimension; j++) {
                sums[bestA][j] += sums[bestB][j];
            }
            sizes[bestA] += sizes[bestB];
            alive[bestB] = false;
            mergedInto[bestB] = bestA;
            count--;
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = root(mergedInto, labels[i]);
        }
        return Clusters.relabelByFirstAppearance(labels);
    }

    private static int root(int[] mergedInto, int c) {
        while (mergedInto[c] != c) {
            c = mergedInto[c];
        }
        return c;
    }

    /** Mean cosine similarity of distinct members of one cluster, pooled; 1 when every cluster is a singleton. */
    private static double pooledWithinSimilarity(double[][] sums, double[] sizes, boolean[] alive) {
        double similarity = 0;
        double pairs = 0;
        for (int c = 0; c < sums.length; c++) {
            if (alive[c] && sizes[c] >= 2) {
                similarity += UnitVectors.dot(sums[c], sums[c]) - sizes[c];
                pairs += sizes[c] * (sizes[c] - 1);
            }
        }
        // With only singletons there is no within-cluster pair: compare raw cosine similarities instead.
        return pairs > 0 ? similarity / pairs : 1.0;
    }
}
