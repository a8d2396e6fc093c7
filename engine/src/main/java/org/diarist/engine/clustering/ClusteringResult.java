package org.diarist.engine.clustering;

/**
 * The outcome of a clustering: one label per embedding, the cluster count and each cluster's centroid.
 *
 * <p>Labels run from 0 to {@code clusterCount() - 1} in order of first appearance: embedding 0 is in
 * cluster 0, the first embedding outside cluster 0 is in cluster 1, and so on. Centroids are the mean of the
 * L2-normalised member embeddings, scaled to unit length, so they can be compared by cosine similarity.
 */
public final class ClusteringResult {

    private final int[] labels;
    private final float[][] centroids;
    private final ClusteringDiagnostics diagnostics;

    ClusteringResult(int[] labels, float[][] centroids, ClusteringDiagnostics diagnostics) {
        this.labels = labels;
        this.centroids = centroids;
        this.diagnostics = diagnostics;
    }

    /** The cluster of each embedding (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The cluster of embedding {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    public int size() {
        return labels.length;
    }

    public int clusterCount() {
        return centroids.length;
    }

    /** The unit-length centroid of cluster {@code k} (a copy). */
    public float[] centroid(int k) {
        return centroids[k].clone();
    }

    /** All centroids, one row per cluster (copies). */
    public float[][] centroids() {
        float[][] copy = new float[centroids.length][];
        for (int k = 0; k < centroids.length; k++) {
            copy[k] = centroids[k].clone();
        }
        return copy;
    }

    /** Number of embeddings in each cluster. */
    public int[] clusterSizes() {
        int[] sizes = new int[centroids.length];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    public ClusteringDiagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public String toString() {
        return "ClusteringResult[" + labels.length + " embeddings, " + centroids.length + " clusters, " + diagnostics + "]";
    }
}
