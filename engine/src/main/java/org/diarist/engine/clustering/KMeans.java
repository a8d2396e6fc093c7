package org.diarist.engine.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Weighted k-means with k-means++ seeding (Arthur and Vassilvitskii 2007), deterministic for a given seed.
 * Every cluster of the result is non-empty as long as there are at least k points: a cluster that loses all
 * its points takes the point farthest from its own centre.
 */
final class KMeans {

    private final int restarts;
    private final int maxIterations;
    private final long seed;

    KMeans(int restarts, int maxIterations, long seed) {
        if (restarts < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("k-means needs at least one restart and one iteration");
        }
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.seed = seed;
    }

    /** Labels in [0, k) for each point; {@code weights} may be null (all ones). */
    int[] fit(double[][] points, double[] weights, int k) {
        int n = points.length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("cannot make " + k + " clusters of " + n + " points");
        }
        double[] w = weights != null ? weights : filledWithOnes(n);
        SplittableRandom random = new SplittableRandom(seed);
        int[] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int restart = 0; restart < restarts; restart++) {
            double[][] centres = seedCentres(points, w, k, random.split());
            int[] labels = new int[n];
            double inertia = lloyd(points, w, centres, labels);
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = labels;
            }
        }
        return best;
    }

    private static double[] filledWithOnes(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    /** k-means++: each new centre is drawn with probability proportional to weight times squared distance. */
    private static double[][] seedCentres(double[][] points, double[] w, int k, SplittableRandom random) {
        int n = points.length;
        double[][] centres = new double[k][];
        centres[0] = points[drawProportional(w, null, random)].clone();
        double[] norms = new double[n];
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = UnitVectors.dot(points[i], points[i]);
            nearest[i] = squaredDistance(points[i], norms[i], centres[0]);
        }
        for (int c = 1; c < k; c++) {
            int chosen = drawProportional(w, nearest, random);
            centres[c] = points[chosen].clone();
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squaredDistance(points[i], norms[i], centres[c]));
            }
        }
        return centres;
    }

    private static double squaredDistance(double[] x, double xNorm, double[] centre) {
        return Math.max(0, xNorm + UnitVectors.dot(centre, centre) - 2 * UnitVectors.dot(x, centre));
    }

    private static int drawProportional(double[] w, double[] distances, SplittableRandom random) {
        int n = w.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += w[i] * (distances == null ? 1 : distances[i]);
        }
        if (!(total > 0)) {
            // All remaining points coincide with a centre: any unused index will do; take the first.
            return distances == null ? 0 : firstFarthest(distances);
        }
        double target = random.nextDouble() * total;
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += w[i] * (distances == null ? 1 : distances[i]);
            if (cumulative > target) {
                return i;
            }
        }
        return n - 1;
    }

    private static int firstFarthest(double[] distances) {
        int best = 0;
        for (int i = 1; i < distances.length; i++) {
            if (distances[i] > distances[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Lloyd iterations from the given centres; fills {@code labels} and returns the weighted inertia. */
    private double lloyd(double[][] points, double[] w, double[][] centres, int[] labels) {
        int n = points.length;
        int k = centres.length;
        Arrays.fill(labels, -1);
        double[] distance = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            boolean changed = assign(points, centres, labels, distance);
            changed |= refillEmptyClusters(labels, distance, k);
            if (!changed) {
                break;
            }
            updateCentres(points, w, labels, centres);
        }
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            inertia += w[i] * UnitVectors.squaredDistance(points[i], centres[labels[i]]);
        }
        return inertia;
    }

    /** Nearest centre of each point, by |x|^2 + |c|^2 - 2 x.c (the unrolled dot product is the hot loop). */
    private static boolean assign(double[][] points, double[][] centres, int[] labels, double[] distance) {
        double[] centreNorms = new double[centres.length];
        for (int c = 0; c < centres.length; c++) {
            centreNorms[c] = UnitVectors.dot(centres[c], centres[c]);
        }
        boolean changed = false;
        for (int i = 0; i < points.length; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centres.length; c++) {
                double d = centreNorms[c] - 2 * UnitVectors.dot(points[i], centres[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            distance[i] = Math.max(0, bestDistance + UnitVectors.dot(points[i], points[i]));
            if (labels[i] != best) {
                labels[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    /** Gives every empty cluster the point farthest from its centre, taken from a cluster with 2+ points. */
    static boolean refillEmptyClusters(int[] labels, double[] distance, int k) {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        boolean changed = false;
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                continue;
            }
            int farthest = -1;
            for (int i = 0; i < labels.length; i++) {
                if (sizes[labels[i]] > 1 && (farthest < 0 || distance[i] > distance[farthest])) {
                    farthest = i;
                }
            }
            sizes[labels[farthest]]--;
            labels[farthest] = c;
            sizes[c] = 1;
            distance[farthest] = 0;
            changed = true;
        }
        return changed;
    }

    private static void updateCentres(double[][] points, double[] w, int[] labels, double[][] centres) {
        int dimension = points[0].length;
        double[] mass = new double[centres.length];
        for (double[] centre : centres) {
            Arrays.fill(centre, 0.0);
        }
        for (int i = 0; i < points.length; i++) {
            double[] centre = centres[labels[i]];
            double wi = w[i];
            mass[labels[i]] += wi;
            for (int j = 0; j < dimension; j++) {
                centre[j] += wi * points[i][j];
            }
        }
        for (int c = 0; c < centres.length; c++) {
            if (mass[c] > 0) {
                UnitVectors.scale(centres[c], 1.0 / mass[c]);
            }
        }
    }
}
