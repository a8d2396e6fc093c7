package org.diarist.engine.clustering;

import java.util.Arrays;

/** Label bookkeeping shared by the clusterers: relabelling, sizes, centroids, the final result. */
final class Clusters {

    private Clusters() {
    }

    /** Renumbers labels in place by order of first appearance and returns the number of clusters. */
    static int relabelByFirstAppearance(int[] labels) {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        int[] mapping = new int[max + 1];
        Arrays.fill(mapping, -1);
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (mapping[labels[i]] < 0) {
                mapping[labels[i]] = next++;
            }
            labels[i] = mapping[labels[i]];
        }
        return next;
    }

    static int[] sizes(int[] labels, int k) {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    /** Unit-length mean of the members of each cluster (a zero vector for an empty cluster). */
    static double[][] unitCentroids(double[][] unit, int[] labels, int k) {
        int dimension = unit.length == 0 ? 0 : unit[0].length;
        double[][] centroids = new double[k][dimension];
        for (int i = 0; i < unit.length; i++) {
            double[] centroid = centroids[labels[i]];
            for (int j = 0; j < dimension; j++) {
                centroid[j] += unit[i][j];
            }
        }
        for (double[] centroid : centroids) {
            UnitVectors.normaliseInPlace(centroid);
        }
        return centroids;
    }

    /** The result of clustering nothing. */
    static ClusteringResult emptyResult(String method) {
        return new ClusteringResult(new int[0], new float[0][],
            new ClusteringDiagnostics(method, 0, 0, 0, 0, false, Double.NaN, new double[0], 0, 0));
    }

    /** Relabels by first appearance, computes the centroids and packs the result. */
    static ClusteringResult result(double[][] unit, int[] labels, ClusteringDiagnostics diagnostics) {
        int k = relabelByFirstAppearance(labels);
        double[][] centroids = unitCentroids(unit, labels, k);
        float[][] floats = new float[k][];
        for (int c = 0; c < k; c++) {
            floats[c] = UnitVectors.toFloats(centroids[c]);
        }
        return new ClusteringResult(labels, floats, diagnostics);
    }

    /**
     * Re-assigns every item to the cluster whose unit centroid is most similar, for up to {@code iterations}
     * rounds or until nothing moves; clusters never empty (an emptied cluster takes back the item least
     * similar to its own centroid), so the count is kept.
     */
    static void refineByCentroids(double[][] unit, int[] labels, int k, int iterations) {
        double[] dissimilarity = new double[labels.length];
        for (int round = 0; round < iterations && k > 1; round++) {
            double[][] centroids = unitCentroids(unit, labels, k);
            boolean changed = false;
            for (int i = 0; i < unit.length; i++) {
                int best = labels[i];
                double bestSimilarity = UnitVectors.dot(unit[i], centroids[best]);
                for (int c = 0; c < k; c++) {
                    double similarity = UnitVectors.dot(unit[i], centroids[c]);
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = c;
                    }
                }
                dissimilarity[i] = 1 - bestSimilarity;
                if (best != labels[i]) {
                    labels[i] = best;
                    changed = true;
                }
            }
            changed |= KMeans.refillEmptyClusters(labels, dissimilarity, k);
            if (!changed) {
                break;
            }
        }
    }
}
