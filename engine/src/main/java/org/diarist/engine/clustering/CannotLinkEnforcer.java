package org.diarist.engine.clustering;

import org.diarist.engine.metrics.Hungarian;

import java.util.List;

/**
 * Repairs a clustering so that the members of each cannot-link group sit in distinct clusters.
 *
 * <p>Only groups with a violation are touched. For such a group the members are re-assigned to clusters by a
 * minimum-cost assignment (Hungarian) on negative cosine similarity to the cluster centroids of the
 * unrepaired clustering, so the member that fits a shared cluster best keeps it and the others move to their
 * best free cluster. A group with more members than clusters cannot be satisfied: k of its members get
 * distinct clusters and the rest their most similar cluster. A cluster left empty by the moves takes back its
 * most similar item from a cluster of two or more, so the cluster count never changes.
 */
final class CannotLinkEnforcer {

    /** What the repair did. */
    record Outcome(int moves, int unsatisfiedPairs) {
    }

    private CannotLinkEnforcer() {
    }

    static Outcome enforce(double[][] unit, int[] labels, int k, CannotLink constraints) {
        List<int[]> groups = constraints.groupsView();
        if (groups.isEmpty() || k == 0) {
            return new Outcome(0, 0);
        }
        double[][] centroids = Clusters.unitCentroids(unit, labels, k);
        int moves = 0;
        for (int[] group : groups) {
            if (!hasViolation(group, labels)) {
                continue;
            }
            int[] assignment = bestDistinctClusters(unit, centroids, group);
            for (int m = 0; m < group.length; m++) {
                if (labels[group[m]] != assignment[m]) {
                    labels[group[m]] = assignment[m];
                    moves++;
                }
            }
        }
        moves += refillEmptyClusters(unit, centroids, labels, k);
        return new Outcome(moves, constraints.countViolations(labels));
    }

    private static boolean hasViolation(int[] group, int[] labels) {
        for (int a = 0; a < group.length; a++) {
            for (int b = a + 1; b < group.length; b++) {
                if (labels[group[a]] == labels[group[b]]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] bestDistinctClusters(double[][] unit, double[][] centroids, int[] group) {
        int k = centroids.length;
        double[][] similarity = new double[group.length][k];
        for (int m = 0; m < group.length; m++) {
            for (int c = 0; c < k; c++) {
                similarity[m][c] = UnitVectors.dot(unit[group[m]], centroids[c]);
            }
        }
        int[] assignment = Hungarian.maximize(similarity);
        // More members than clusters: the members left without a cluster take their most similar one.
        for (int m = 0; m < group.length; m++) {
            if (assignment[m] < 0) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (similarity[m][c] > similarity[m][best]) {
                        best = c;
                    }
                }
                assignment[m] = best;
            }
        }
        return assignment;
    }

    /** An emptied cluster takes its most similar item from a cluster that keeps at least one member. */
    private static int refillEmptyClusters(double[][] unit, double[][] centroids, int[] labels, int k) {
        int[] sizes = Clusters.sizes(labels, k);
        int moves = 0;
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                continue;
            }
            int best = -1;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < labels.length; i++) {
                if (sizes[labels[i]] > 1) {
                    double similarity = UnitVectors.dot(unit[i], centroids[c]);
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                sizes[labels[best]]--;
                labels[best] = c;
                sizes[c] = 1;
                moves++;
            }
        }
        return moves;
    }
}
