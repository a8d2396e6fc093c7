package org.diarist.engine.clustering;

import java.util.Arrays;

/**
 * The merge history of an agglomerative clustering of m points, in scipy's convention: merge s joins the
 * nodes {@code first[s]} and {@code second[s]} (ids below m are points, id m + t is the node of merge t) at
 * distance {@code height[s]}.
 */
final class Dendrogram {

    private final int points;
    private final int[] first;
    private final int[] second;
    private final double[] height;

    Dendrogram(int points, int[] first, int[] second, double[] height) {
        this.points = points;
        this.first = first;
        this.second = second;
        this.height = height;
    }

    int points() {
        return points;
    }

    int merges() {
        return height.length;
    }

    double height(int merge) {
        return height[merge];
    }

    /**
     * Flat clusters whose members are all joined at a distance of at most {@code threshold} (scipy's
     * fcluster "distance" criterion): a merge applies when neither it nor any merge below it exceeds the
     * threshold, which keeps the cut consistent when centroid linkage produces inversions.
     */
    int[] cutAtHeight(double threshold) {
        int merges = merges();
        double[] highestBelow = new double[merges];
        boolean[] apply = new boolean[merges];
        for (int s = 0; s < merges; s++) {
            double highest = height[s];
            highest = Math.max(highest, highestOf(first[s], highestBelow));
            highest = Math.max(highest, highestOf(second[s], highestBelow));
            highestBelow[s] = highest;
            apply[s] = highest <= threshold;
        }
        return labels(apply);
    }

    /** Exactly {@code clusters} flat clusters: the state after the first {@code points - clusters} merges. */
    int[] cutAtCount(int clusters) {
        if (clusters < 1 || clusters > points) {
            throw new IllegalArgumentException("cannot cut " + points + " points into " + clusters + " clusters");
        }
        boolean[] apply = new boolean[merges()];
        Arrays.fill(apply, 0, points - clusters, true);
        return labels(apply);
    }

    private double highestOf(int node, double[] highestBelow) {
        return node < points ? 0 : highestBelow[node - points];
    }

    /** Point labels (0..c-1, first appearance) after applying the chosen merges, through union-find. */
    private int[] labels(boolean[] apply) {
        int[] parent = new int[points + merges()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int s = 0; s < merges(); s++) {
            if (apply[s]) {
                parent[find(parent, first[s])] = points + s;
                parent[find(parent, second[s])] = points + s;
            }
        }
        int[] labels = new int[points];
        for (int i = 0; i < points; i++) {
            labels[i] = find(parent, i);
        }
        Clusters.relabelByFirstAppearance(labels);
        return labels;
    }

    private static int find(int[] parent, int node) {
        int root = node;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[node] != root) {
            int next = parent[node];
            parent[node] = root;
            node = next;
        }
        return root;
    }
}
