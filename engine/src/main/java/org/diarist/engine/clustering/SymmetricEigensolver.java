package org.diarist.engine.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Eigenvalues and selected eigenvectors of a dense real symmetric matrix, in pure Java.
 *
 * <p>Three steps: Householder reduction to a symmetric tridiagonal matrix T = Q^T A Q (about 4/3 n^3
 * flops, working on the lower triangle only); all eigenvalues of T by the implicit QL algorithm with
 * Wilkinson shifts (O(n^2)); and, only for the few eigenvectors spectral clustering needs, inverse
 * iteration on T (O(n) per solve) followed by the back-transformation through the stored reflectors
 * (O(n^2) per vector). The reduction dominates: about 0.1 s for n = 500 and 1 s for n = 1000 on one core,
 * which is why the clusterers pre-cluster larger inputs. Memory is the input matrix itself plus O(n).
 */
final class SymmetricEigensolver {

    private static final double EPSILON = Math.ulp(1.0);
    private static final int MAX_QL_ITERATIONS = 60;
    private static final int INVERSE_ITERATIONS = 4;

    /** Reflector vectors: column k below the diagonal holds the unit vector v_k of H_k = I - 2 v_k v_k^T. */
    private final double[][] reflectors;
    private final double[] diagonal;
    private final double[] offDiagonal;
    private final double[] eigenvalues;
    private final double scale;

    private SymmetricEigensolver(double[][] reflectors, double[] diagonal, double[] offDiagonal) {
        this.reflectors = reflectors;
        this.diagonal = diagonal;
        this.offDiagonal = offDiagonal;
        this.eigenvalues = tridiagonalEigenvalues(diagonal.clone(), offDiagonal.clone());
        double largest = 0;
        for (int i = 0; i < diagonal.length; i++) {
            largest = Math.max(largest, Math.abs(diagonal[i]) + 2 * Math.abs(offDiagonal[i]));
        }
        this.scale = largest == 0 ? 1 : largest;
    }

    /**
     * Decomposes the symmetric matrix {@code a}, which is overwritten (only its lower triangle is read).
     */
    static SymmetricEigensolver decompose(double[][] a) {
        int n = a.length;
        double[] diagonal = new double[n];
        double[] offDiagonal = new double[n]; // offDiagonal[i] couples i and i + 1; the last entry stays 0
        double[] v = new double[n];
        double[] q = new double[n];
        for (int k = 0; k + 2 < n; k++) {
            double alpha = householderVector(a, k, v);
            if (Double.isNaN(alpha)) {
                offDiagonal[k] = a[k + 1][k];
                clearColumn(a, k);
            } else {
                offDiagonal[k] = alpha;
                applyReflector(a, k, v, q);
                for (int i = k + 1; i < n; i++) {
                    a[i][k] = v[i];
                }
            }
            diagonal[k] = a[k][k];
        }
        if (n >= 2) {
            offDiagonal[n - 2] = a[n - 1][n - 2];
            diagonal[n - 2] = a[n - 2][n - 2];
            clearColumn(a, n - 2);
        }
        if (n >= 1) {
            diagonal[n - 1] = a[n - 1][n - 1];
        }
        return new SymmetricEigensolver(a, diagonal, offDiagonal);
    }

    /**
     * Fills {@code v[k+1..]} with the unit vector of the reflector that maps column k below the diagonal onto
     * its first axis and returns the image's first coordinate, or NaN when the column is already zero.
     */
    private static double householderVector(double[][] a, int k, double[] v) {
        int n = a.length;
        double squared = 0;
        for (int i = k + 1; i < n; i++) {
            v[i] = a[i][k];
            squared += v[i] * v[i];
        }
        double tail = squared - v[k + 1] * v[k + 1];
        if (tail == 0) {
            return Double.NaN; // only the sub-diagonal entry is non-zero: nothing to reflect
        }
        double norm = Math.sqrt(squared);
        double alpha = v[k + 1] > 0 ? -norm : norm;
        v[k + 1] -= alpha;
        double vNorm = Math.sqrt(tail + v[k + 1] * v[k + 1]);
        for (int i = k + 1; i < n; i++) {
            v[i] /= vNorm;
        }
        return alpha;
    }

    /** B := H B H on the trailing block, as B - 2 (v w^T + w v^T) with w = Bv - (v^T B v) v. */
    private static void applyReflector(double[][] a, int k, double[] v, double[] q) {
        int n = a.length;
        Arrays.fill(q, k + 1, n, 0.0);
        // q = B v from the lower triangle: row i contributes a dot product to q[i] and an axpy to q[k+1..i);
        // two separate loops let the JIT vectorise the axpy and unroll the dot product.
        for (int i = k + 1; i < n; i++) {
            double[] row = a[i];
            double vi = v[i];
            for (int j = k + 1; j < i; j++) {
                q[j] += row[j] * vi;
            }
            q[i] += dotRange(row, v, k + 1, i) + row[i] * vi;
        }
        double c = 0;
        for (int i = k + 1; i < n; i++) {
            c += v[i] * q[i];
        }
        for (int i = k + 1; i < n; i++) {
            q[i] = 2 * (q[i] - c * v[i]); // q now holds 2w
        }
        for (int i = k + 1; i < n; i++) {
            double[] row = a[i];
            double vi = v[i];
            double wi = q[i];
            for (int j = k + 1; j <= i; j++) {
                row[j] -= vi * q[j] + wi * v[j];
            }
        }
    }

    /** Sum of a[j] * b[j] for j in [from, to), with four accumulators. */
    private static double dotRange(double[] a, double[] b, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < to; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static void clearColumn(double[][] a, int k) {
        for (int i = k + 1; i < a.length; i++) {
            a[i][k] = 0;
        }
    }

    /** Eigenvalues of the tridiagonal matrix by implicit QL with Wilkinson shifts; returns them ascending. */
    private static double[] tridiagonalEigenvalues(double[] d, double[] e) {
        int n = d.length;
        for (int l = 0; l < n; l++) {
            int iterations = 0;
            while (true) {
                int m = l;
                while (m < n - 1) {
                    double magnitude = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) <= EPSILON * magnitude) {
                        break;
                    }
                    m++;
                }
                if (m == l) {
                    break;
                }
                if (++iterations > MAX_QL_ITERATIONS) {
                    throw new ArithmeticException("QL iteration did not converge for eigenvalue " + l);
                }
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Math.sqrt(g * g + 1);
                g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                double s = 1;
                double c = 1;
                double p = 0;
                boolean deflated = false;
                for (int i = m - 1; i >= l; i--) {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = Math.sqrt(f * f + g * g);
                    e[i + 1] = r;
                    if (r == 0) {
                        d[i + 1] -= p;
                        e[m] = 0;
                        deflated = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                }
                if (deflated) {
                    continue;
                }
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
        Arrays.sort(d);
        return d;
    }

    int size() {
        return diagonal.length;
    }

    /** All eigenvalues, ascending (a copy). */
    double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /**
     * The eigenvectors of the {@code count} smallest eigenvalues, as rows of coordinates: element
     * {@code [i][j]} is coordinate i of the j-th eigenvector. Each vector has unit length; vectors of close
     * eigenvalues are orthogonalised against each other.
     */
    double[][] smallestEigenvectors(int count) {
        int n = size();
        if (count < 0 || count > n) {
            throw new IllegalArgumentException("cannot take " + count + " eigenvectors of a " + n + "x" + n + " matrix");
        }
        double[][] tridiagonalVectors = new double[count][];
        for (int j = 0; j < count; j++) {
            tridiagonalVectors[j] = inverseIteration(eigenvalues[j], tridiagonalVectors, j);
        }
        double[][] coordinates = new double[n][count];
        double[] x = new double[n];
        for (int j = 0; j < count; j++) {
            System.arraycopy(tridiagonalVectors[j], 0, x, 0, n);
            backTransform(x);
            for (int i = 0; i < n; i++) {
                coordinates[i][j] = x[i];
            }
        }
        return coordinates;
    }

    /** x := Q x with Q = H_0 H_1 ... H_{n-3}. */
    private void backTransform(double[] x) {
        int n = x.length;
        for (int k = n - 3; k >= 0; k--) {
            double s = 0;
            for (int i = k + 1; i < n; i++) {
                s += reflectors[i][k] * x[i];
            }
            if (s != 0) {
                s *= 2;
                for (int i = k + 1; i < n; i++) {
                    x[i] -= s * reflectors[i][k];
                }
            }
        }
    }

    /** An eigenvector of T for {@code lambda}, orthogonal to the {@code previousCount} vectors before it. */
    private double[] inverseIteration(double lambda, double[][] previous, int previousCount) {
        int n = size();
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(0x5eed + previousCount);
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() - 0.5;
        }
        TridiagonalSolver solver = new TridiagonalSolver(diagonal, offDiagonal, lambda, EPSILON * scale);
        for (int iteration = 0; iteration < INVERSE_ITERATIONS; iteration++) {
            solver.solveInPlace(y);
            for (int p = 0; p < previousCount; p++) {
                double projection = UnitVectors.dot(y, previous[p]);
                for (int i = 0; i < n; i++) {
                    y[i] -= projection * previous[p][i];
                }
            }
            UnitVectors.normaliseInPlace(y);
        }
        return y;
    }

    /** LU factorisation with partial pivoting of T - lambda I; zero pivots are nudged to a tiny value. */
    private static final class TridiagonalSolver {
        private final double[] pivot;
        private final double[] upper1;
        private final double[] upper2;
        private final double[] multiplier;
        private final boolean[] swapped;

        TridiagonalSolver(double[] d, double[] e, double lambda, double tiny) {
            int n = d.length;
            pivot = new double[n];
            upper1 = new double[n];
            upper2 = new double[n];
            multiplier = new double[n];
            swapped = new boolean[n];
            for (int i = 0; i < n; i++) {
                pivot[i] = d[i] - lambda;
                upper1[i] = i + 1 < n ? e[i] : 0;
            }
            for (int i = 0; i + 1 < n; i++) {
                double below = e[i];
                if (Math.abs(pivot[i]) >= Math.abs(below)) {
                    if (pivot[i] == 0) {
                        pivot[i] = tiny;
                    }
                    double m = below / pivot[i];
                    multiplier[i] = m;
                    pivot[i + 1] -= m * upper1[i];
                } else {
                    double m = pivot[i] / below;
                    multiplier[i] = m;
                    swapped[i] = true;
                    double nextPivot = pivot[i + 1];
                    double currentUpper = upper1[i];
                    pivot[i] = below;
                    upper1[i] = nextPivot;
                    upper2[i] = upper1[i + 1];
                    pivot[i + 1] = currentUpper - m * nextPivot;
                    upper1[i + 1] = -m * upper2[i];
                }
            }
            if (n > 0 && pivot[n - 1] == 0) {
                pivot[n - 1] = tiny;
            }
        }

        void solveInPlace(double[] b) {
            int n = b.length;
            for (int i = 0; i + 1 < n; i++) {
                if (swapped[i]) {
                    double t = b[i];
                    b[i] = b[i + 1];
                    b[i + 1] = t;
                }
                b[i + 1] -= multiplier[i] * b[i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double value = b[i];
                if (i + 1 < n) {
                    value -= upper1[i] * b[i + 1];
                }
                if (i + 2 < n) {
                    value -= upper2[i] * b[i + 2];
                }
                b[i] = value / pivot[i];
            }
            // Guard against overflow when lambda is (almost) exactly an eigenvalue.
            double largest = 0;
            for (double value : b) {
                largest = Math.max(largest, Math.abs(value));
            }
            if (largest > 1e100 || Double.isInfinite(largest)) {
                for (int i = 0; i < n; i++) {
                    b[i] = Double.isInfinite(b[i]) ? Math.copySign(1, b[i]) : b[i] / largest;
                }
            }
        }
    }
}
