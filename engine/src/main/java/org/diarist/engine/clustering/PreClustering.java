package org.diarist.engine.clustering;

import java.util.Arrays;

/**
 * Shrinks a large input to a fixed number of groups so that the O(m^2)-memory core algorithms stay bounded:
 * weighted k-means (k-means++ seeding, a few Lloyd iterations) on the unit embeddings, then each group is
 * represented by its unit centroid weighted by its member count. Memory is O(n D + groups D).
 */
final class PreClustering {

    /** The points a core algorithm clusters, with their weights and the group of each original item. */
    record Groups(double[][] points, double[] weights, int[] groupOfItem) {

        static Groups identity(double[][] unit) {
            int n = unit.length;
            double[] weights = new double[n];
            Arrays.fill(weights, 1.0);
            int[] groupOfItem = new int[n];
            for (int i = 0; i < n; i++) {
                groupOfItem[i] = i;
            }
            return new Groups(unit, weights, groupOfItem);
        }

        int size() {
            return points.length;
        }

        boolean isIdentity() {
            return points.length == groupOfItem.length;
        }

        /** Item labels from group labels. */
        int[] expand(int[] groupLabels) {
            int[] labels = new int[groupOfItem.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = groupLabels[groupOfItem[i]];
            }
            return labels;
        }
    }

    private final int iterations;
    private final long seed;

    PreClustering(int iterations, long seed) {
        this.iterations = iterations;
        this.seed = seed;
    }

    /**
     * {@code unit} itself when it has at most {@code limit} rows, else that many weighted centroids; the
     * limit is raised to the lower bound of the cluster count range (so an exact hint above it can still be
     * met), but never above {@code largest}.
     */
    Groups reduce(double[][] unit, int limit, ClusterCountRange range, int largest) {
        return reduce(unit, Math.min(Math.max(limit, range.min()), largest));
    }

    /** {@code unit} itself when it has at most {@code groups} rows, else {@code groups} weighted centroids. */
    Groups reduce(double[][] unit, int groups) {
        if (unit.length <= groups) {
            return Groups.identity(unit);
        }
        int[] groupOfItem = new KMeans(1, iterations, seed).fit(unit, null, groups);
        double[][] centroids = Clusters.unitCentroids(unit, groupOfItem, groups);
        int[] sizes = Clusters.sizes(groupOfItem, groups);
        double[] weights = new double[groups];
        for (int g = 0; g < groups; g++) {
            weights[g] = sizes[g];
        }
        return new Groups(centroids, weights, groupOfItem);
    }
}
