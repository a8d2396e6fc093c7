package org.diarist.engine.clustering;

import java.util.Arrays;
import java.util.List;

/** Builds the (cos + 1) / 2 affinity matrix and applies a refinement sequence to it. */
final class AffinityRefiner {

    private final SpectralClusteringConfig config;

    AffinityRefiner(SpectralClusteringConfig config) {
        this.config = config;
    }

    /** Affinity (cos + 1) / 2 in [0, 1] of unit rows. */
    static double[][] affinity(double[][] unit) {
        int n = unit.length;
        double[][] affinity = new double[n][n];
        for (int i = 0; i < n; i++) {
            affinity[i][i] = 1.0;
            for (int j = 0; j < i; j++) {
                double value = (UnitVectors.dot(unit[i], unit[j]) + 1) / 2;
                affinity[i][j] = value;
                affinity[j][i] = value;
            }
        }
        return affinity;
    }

    /** A refined, symmetric copy of {@code affinity} for pruning percentile {@code p}. */
    double[][] refine(double[][] affinity, double p) {
        double[][] a = copy(affinity);
        List<RefinementStep> sequence = config.refinementSequence();
        for (RefinementStep step : sequence) {
            a = switch (step) {
                case CROP_DIAGONAL -> cropDiagonal(a);
                case GAUSSIAN_BLUR -> gaussianBlur(a, config.gaussianBlurSigma());
                case ROW_WISE_THRESHOLD -> rowWiseThreshold(a, p);
                case SYMMETRIZE -> symmetrize(a, config.symmetrizeType());
                case DIFFUSE -> diffuse(a);
                case ROW_WISE_NORMALIZE -> rowWiseNormalize(a);
            };
        }
        // The Laplacian eigenproblem needs a symmetric matrix; a sequence may end asymmetric (row normalise).
        return isSymmetric(a) ? a : symmetrize(a, RefinementStep.SymmetrizeType.AVERAGE);
    }

    static double[][] cropDiagonal(double[][] a) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            double max = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    max = Math.max(max, a[i][j]);
                }
            }
            a[i][i] = max;
        }
        return a;
    }

    /** Separable Gaussian filter with mirrored borders, truncated at 4 sigma (scipy's gaussian_filter). */
    static double[][] gaussianBlur(double[][] a, double sigma) {
        int n = a.length;
        int radius = (int) (4 * sigma + 0.5);
        double[] kernel = new double[2 * radius + 1];
        double total = 0;
        for (int t = -radius; t <= radius; t++) {
            kernel[t + radius] = Math.exp(-0.5 * t * t / (sigma * sigma));
            total += kernel[t + radius];
        }
        for (int t = 0; t < kernel.length; t++) {
            kernel[t] /= total;
        }
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int t = -radius; t <= radius; t++) {
                    sum += kernel[t + radius] * a[i][reflect(j + t, n)];
                }
                rows[i][j] = sum;
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int t = -radius; t <= radius; t++) {
                double weight = kernel[t + radius];
                double[] source = rows[reflect(i + t, n)];
                double[] target = out[i];
                for (int j = 0; j < n; j++) {
                    target[j] += weight * source[j];
                }
            }
        }
        return out;
    }

    /** Mirror an index into [0, n): d c b a | a b c d | d c b a. */
    private static int reflect(int index, int n) {
        int period = 2 * n;
        int i = Math.floorMod(index, period);
        return i < n ? i : period - 1 - i;
    }

    /**
     * Entries below the row's cut-off are multiplied by the soft multiplier; with binarisation the kept
     * entries become 1. With preserve-diagonal, the diagonal is ignored for the cut-off and set to 1.
     */
    double[][] rowWiseThreshold(double[][] a, double p) {
        int n = a.length;
        boolean preserveDiagonal = config.thresholdPreserveDiagonal();
        double multiplier = config.thresholdSoftMultiplier();
        boolean binarize = config.thresholdBinarize();
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = a[i];
            if (preserveDiagonal) {
                row[i] = 0;
            }
            double cutoff;
            if (config.thresholdType() == RefinementStep.ThresholdType.PERCENTILE) {
                System.arraycopy(row, 0, sorted, 0, n);
                Arrays.sort(sorted);
                cutoff = percentile(sorted, p);
            } else {
                double max = 0;
                for (double value : row) {
                    max = Math.max(max, value);
                }
                cutoff = max * p;
            }
            for (int j = 0; j < n; j++) {
                if (row[j] < cutoff) {
                    row[j] *= multiplier;
                } else if (binarize) {
                    row[j] = 1;
                }
            }
            if (preserveDiagonal) {
                row[i] = 1;
            }
        }
        return a;
    }

    /** The p-quantile of sorted values with linear interpolation (numpy's default). */
    static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    static double[][] symmetrize(double[][] a, RefinementStep.SymmetrizeType type) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double value = type == RefinementStep.SymmetrizeType.MAX
                    ? Math.max(a[i][j], a[j][i])
                    : 0.5 * (a[i][j] + a[j][i]);
                a[i][j] = value;
                a[j][i] = value;
            }
        }
        return a;
    }

    /** A A^T, computed as dot products of rows (only the lower triangle, mirrored). */
    static double[][] diffuse(double[][] a) {
        int n = a.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double value = UnitVectors.dot(a[i], a[j]);
                out[i][j] = value;
                out[j][i] = value;
            }
        }
        return out;
    }

    static double[][] rowWiseNormalize(double[][] a) {
        for (double[] row : a) {
            double max = 0;
            for (double value : row) {
                max = Math.max(max, value);
            }
            if (max > 0) {
                UnitVectors.scale(row, 1.0 / max);
            }
        }
        return a;
    }

    private static boolean isSymmetric(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < i; j++) {
                if (a[i][j] != a[j][i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Turns a symmetric affinity into the graph-cut normalised Laplacian I - D^-1/2 A D^-1/2, in place.
     */
    static double[][] normalisedLaplacian(double[][] a) {
        int n = a.length;
        double[] inverseRootDegree = new double[n];
        for (int i = 0; i < n; i++) {
            double degree = 0;
            for (double value : a[i]) {
                degree += value;
            }
            inverseRootDegree[i] = 1.0 / (Math.sqrt(degree) + 1e-10);
        }
        for (int i = 0; i < n; i++) {
            double[] row = a[i];
            for (int j = 0; j < n; j++) {
                row[j] = (i == j ? 1.0 : 0.0) - inverseRootDegree[i] * row[j] * inverseRootDegree[j];
            }
        }
        return a;
    }

    private static double[][] copy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }
}
