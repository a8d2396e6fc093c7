package org.diarist.engine.clustering;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SymmetricEigensolverTest {

    @Test
    void pathGraphLaplacianHasItsKnownSpectrum() {
        // Unnormalised Laplacian of a path of n nodes: eigenvalues 2 - 2 cos(pi k / n), k = 0..n-1.
        int n = 40;
        double[][] laplacian = new double[n][n];
        for (int i = 0; i + 1 < n; i++) {
            laplacian[i][i + 1] = laplacian[i + 1][i] = -1;
            laplacian[i][i] += 1;
            laplacian[i + 1][i + 1] += 1;
        }
        double[] expected = new double[n];
        for (int k = 0; k < n; k++) {
            expected[k] = 2 - 2 * Math.cos(Math.PI * k / n);
        }
        java.util.Arrays.sort(expected);
        assertArrayEquals(expected, SymmetricEigensolver.decompose(copy(laplacian)).eigenvalues(), 1e-12);
    }

    @Test
    void randomMatrixEigenpairsSatisfyTheDefinition() {
        for (int n : new int[] {1, 2, 3, 17, 120}) {
            double[][] a = randomSymmetric(n, 42 + n);
            SymmetricEigensolver solver = SymmetricEigensolver.decompose(copy(a));
            double[] values = solver.eigenvalues();
            double trace = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                trace += a[i][i];
                sum += values[i];
                if (i > 0) {
                    assertTrue(values[i] >= values[i - 1], "ascending");
                }
            }
            assertEquals(trace, sum, 1e-9 * n, "trace is the sum of the eigenvalues");
            assertEigenpairs(a, values, solver.smallestEigenvectors(n), n);
        }
    }

    @Test
    void repeatedEigenvaluesGiveOrthogonalVectors() {
        // Three disconnected cliques: eigenvalue 0 of the Laplacian has multiplicity 3.
        int n = 30;
        double[][] laplacian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && i / 10 == j / 10) {
                    laplacian[i][j] = -1;
                    laplacian[i][i] += 1;
                }
            }
        }
        SymmetricEigensolver solver = SymmetricEigensolver.decompose(copy(laplacian));
        double[] values = solver.eigenvalues();
        for (int k = 0; k < 3; k++) {
            assertEquals(0, values[k], 1e-10);
        }
        assertEquals(10, values[3], 1e-10);
        assertEigenpairs(laplacian, values, solver.smallestEigenvectors(5), 5);
        // The null space is spanned by the clique indicators: each vector is constant inside a clique.
        double[][] vectors = solver.smallestEigenvectors(3);
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < n; i++) {
                assertEquals(vectors[(i / 10) * 10][j], vectors[i][j], 1e-8);
            }
        }
    }

    private static void assertEigenpairs(double[][] a, double[] values, double[][] vectors, int count) {
        int n = a.length;
        for (int j = 0; j < count; j++) {
            double residual = 0;
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double ax = 0;
                for (int l = 0; l < n; l++) {
                    ax += a[i][l] * vectors[l][j];
                }
                double r = ax - values[j] * vectors[i][j];
                residual += r * r;
                norm += vectors[i][j] * vectors[i][j];
            }
            assertEquals(1, norm, 1e-9, "unit eigenvector " + j);
            assertTrue(Math.sqrt(residual) < 1e-8, "residual of eigenpair " + j + " is " + Math.sqrt(residual));
            for (int other = 0; other < j; other++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += vectors[i][j] * vectors[i][other];
                }
                assertEquals(0, dot, 1e-8, "orthogonal eigenvectors " + other + " and " + j);
            }
        }
    }

    private static double[][] randomSymmetric(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = a[j][i] = random.nextDouble() * 2 - 1;
            }
        }
        return a;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
