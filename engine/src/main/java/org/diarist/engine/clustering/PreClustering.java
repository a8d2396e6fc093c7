package org.diarist.engine.clustering;

import java.util.Arrays;

/**
 * Shrinks a large input to a fixed number of groups so that the O(m^2)-memory core algorithms stay bounded.
 *
 * <p>Two-level k-means (k-means++ seeding, a few Lloyd rounds): first about sqrt(groups) coarse cells, then
 * each cell is split into a share of the groups proportional to its size. That costs
 * O(n sqrt(groups) D) per round instead of O(n groups D) for one flat k-means, about 20 times less at
 * 500 groups; the groups only compress the input, so the coarse boundaries cost little. Each group is
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
        int[] groupOfItem = twoLevelKMeans(unit, groups);
        double[][] centroids = Clusters.unitCentroids(unit, groupOfItem, groups);
        int[] sizes = Clusters.sizes(groupOfItem, groups);
        double[] weights = new double[groups];
        for (int g = 0; g < groups; g++) {
            weights[g] = sizes[g];
        }
        return new Groups(centroids, weights, groupOfItem);
    }

    private int[] twoLevelKMeans(double[][] unit, int groups) {
        KMeans kmeans = new KMeans(1, iterations, seed);
        int n = unit.length;
        int cells = (int) Math.ceil(Math.sqrt(groups));
        int[] cellOfItem = kmeans.fit(unit, null, cells);
        int[] cellSizes = Clusters.sizes(cellOfItem, cells);
        int[] share = proportionalShares(cellSizes, groups);
        int[] groupOfItem = new int[n];
        int firstGroup = 0;
        for (int c = 0; c < cells; c++) {
            int[] members = new int[cellSizes[c]];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (cellOfItem[i] == c) {
                    members[count++] = i;
                }
            }
            double[][] points = new double[members.length][];
            for (int m = 0; m < members.length; m++) {
                points[m] = unit[members[m]];
            }
            int[] local = kmeans.fit(points, null, share[c]);
            for (int m = 0; m < members.length; m++) {
                groupOfItem[members[m]] = firstGroup + local[m];
            }
            firstGroup += share[c];
        }
        return groupOfItem;
    }

    /**
     * Splits {@code total} into shares proportional to {@code sizes} (largest remainders), each at least 1
     * and at most its size; requires every size to be at least 1 and {@code sizes.length <= total <= sum}.
     */
    static int[] proportionalShares(int[] sizes, int total) {
        long sum = 0;
        for (int size : sizes) {
            sum += size;
        }
        int[] share = new int[sizes.length];
        double[] remainder = new double[sizes.length];
        int assigned = 0;
        for (int c = 0; c < sizes.length; c++) {
            double exact = (double) total * sizes[c] / sum;
            share[c] = Math.max(1, Math.min(sizes[c], (int) Math.floor(exact)));
            remainder[c] = exact - share[c];
            assigned += share[c];
        }
        while (assigned != total) {
            int best = -1;
            for (int c = 0; c < sizes.length; c++) {
                boolean canMove = assigned < total ? share[c] < sizes[c] : share[c] > 1;
                if (canMove && (best < 0 || (assigned < total ? remainder[c] > remainder[best] : remainder[c] < remainder[best]))) {
                    best = c;
                }
            }
            int step = assigned < total ? 1 : -1;
            share[best] += step;
            remainder[best] -= step;
            assigned += step;
        }
        return share;
    }
}
