package org.diarist.engine.clustering;

import java.util.Arrays;

/**
 * Agglomerative clustering with centroid linkage (UPGMC): the distance between two clusters is the
 * Euclidean distance between their weighted mean vectors. Squared distances are kept in a lower-triangular
 * matrix and updated by the Lance-Williams formula, with a nearest-neighbour list so that each merge costs
 * O(m) in the usual case (O(m^2) memory, O(m^2) to O(m^3) time).
 */
final class CentroidLinkage {

    private CentroidLinkage() {
    }

    /** The dendrogram of weighted points (the weights are member counts when points are group means). */
    static Dendrogram build(double[][] points, double[] weights) {
        int m = points.length;
        double[][] squared = new double[m][];
        for (int i = 0; i < m; i++) {
            squared[i] = new double[i];
            for (int j = 0; j < i; j++) {
                squared[i][j] = UnitVectors.squaredDistance(points[i], points[j]);
            }
        }
        double[] weight = weights.clone();
        int[] node = new int[m];
        for (int i = 0; i < m; i++) {
            node[i] = i;
        }
        boolean[] active = new boolean[m];
        Arrays.fill(active, true);
        int[] nearest = new int[m];
        double[] nearestDistance = new double[m];
        for (int i = 0; i < m; i++) {
            findNearest(i, squared, active, nearest, nearestDistance);
        }
        int merges = Math.max(0, m - 1);
        int[] first = new int[merges];
        int[] second = new int[merges];
        double[] height = new double[merges];
        for (int s = 0; s < merges; s++) {
            int a = -1;
            for (int i = 0; i < m; i++) {
                if (active[i] && nearest[i] >= 0 && (a < 0 || nearestDistance[i] < nearestDistance[a])) {
                    a = i;
                }
            }
            int b = nearest[a];
            double ab = nearestDistance[a];
            first[s] = Math.min(node[a], node[b]);
            second[s] = Math.max(node[a], node[b]);
            height[s] = Math.sqrt(ab);
            // Keep the merged cluster in slot a; Lance-Williams for centroids on squared distances.
            double wa = weight[a];
            double wb = weight[b];
            double total = wa + wb;
            active[b] = false;
            for (int k = 0; k < m; k++) {
                if (!active[k] || k == a) {
                    continue;
                }
                double merged = (wa * get(squared, k, a) + wb * get(squared, k, b)) / total
                    - wa * wb * ab / (total * total);
                set(squared, k, a, Math.max(0, merged));
            }
            weight[a] = total;
            node[a] = m + s;
            findNearest(a, squared, active, nearest, nearestDistance);
            for (int k = 0; k < m; k++) {
                if (!active[k] || k == a) {
                    continue;
                }
                if (nearest[k] == a || nearest[k] == b) {
                    findNearest(k, squared, active, nearest, nearestDistance);
                } else if (get(squared, k, a) < nearestDistance[k]) {
                    nearest[k] = a;
                    nearestDistance[k] = get(squared, k, a);
                }
            }
        }
        return new Dendrogram(m, first, second, height);
    }

    private static void findNearest(int i, double[][] squared, boolean[] active, int[] nearest, double[] distance) {
        nearest[i] = -1;
        distance[i] = Double.POSITIVE_INFINITY;
        for (int k = 0; k < active.length; k++) {
            if (k != i && active[k]) {
                double d = get(squared, i, k);
                if (d < distance[i]) {
                    distance[i] = d;
                    nearest[i] = k;
                }
            }
        }
    }

    private static double get(double[][] squared, int i, int j) {
        return i > j ? squared[i][j] : squared[j][i];
    }

    private static void set(double[][] squared, int i, int j, double value) {
        if (i > j) {
            squared[i][j] = value;
        } else {
            squared[j][i] = value;
        }
    }
}
