package org.diarist.engine.metrics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HungarianTest {

    @Test
    void solvesAKnownSquareProblem() {
        double[][] cost = {
            {4, 1, 3},
            {2, 0, 5},
            {3, 2, 2},
        };
        // 1 + 2 + 2 = 5 is the minimum
        assertArrayEquals(new int[] {1, 0, 2}, Hungarian.minimize(cost));
    }

    @Test
    void maximizeTakesTheLargestTotal() {
        double[][] together = {
            {10, 5},
            {0, 5},
        };
        assertArrayEquals(new int[] {0, 1}, Hungarian.maximize(together));
    }

    @Test
    void rectangularLeavesExtraRowsUnassigned() {
        double[][] cost = {{5}, {1}, {3}};
        assertArrayEquals(new int[] {-1, 0, -1}, Hungarian.minimize(cost));
        double[][] wide = {{5, 1, 3}};
        assertArrayEquals(new int[] {1}, Hungarian.minimize(wide));
    }

    @Test
    void emptyMatricesAssignNothing() {
        assertArrayEquals(new int[0], Hungarian.minimize(new double[0][0]));
        assertArrayEquals(new int[] {-1, -1}, Hungarian.minimize(new double[2][0]));
    }

    @Test
    void matchesBruteForceOnRandomMatrices() {
        Random random = new Random(20240611L);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int j = 0; j < columns; j++) {
                    // few distinct values, so ties are common
                    row[j] = trial % 2 == 0 ? random.nextInt(4) : random.nextDouble() * 100 - 50;
                }
            }
            int[] assignment = Hungarian.minimize(cost);
            assertValid(assignment, rows, columns);
            assertEquals(bruteForceMinimum(cost), total(cost, assignment), 1e-9,
                () -> "trial on " + Arrays.deepToString(cost));
        }
    }

    private static void assertValid(int[] assignment, int rows, int columns) {
        assertEquals(rows, assignment.length);
        boolean[] taken = new boolean[columns];
        int assigned = 0;
        for (int column : assignment) {
            if (column >= 0) {
                assertEquals(false, taken[column], "column used twice");
                taken[column] = true;
                assigned++;
            }
        }
        assertEquals(Math.min(rows, columns), assigned);
    }

    private static double total(double[][] cost, int[] assignment) {
        double sum = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] >= 0) {
                sum += cost[i][assignment[i]];
            }
        }
        return sum;
    }

    /** Every way of pairing min(rows, columns) rows with distinct columns. */
    private static double bruteForceMinimum(double[][] cost) {
        int rows = cost.length;
        int columns = cost[0].length;
        return search(cost, 0, new boolean[columns], Math.min(rows, columns), 0);
    }

    private static double search(double[][] cost, int row, boolean[] used, int toAssign, int assigned) {
        if (assigned == toAssign) {
            return 0;
        }
        if (row == cost.length) {
            return Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        if (cost.length - row - 1 >= toAssign - assigned) {
            best = search(cost, row + 1, used, toAssign, assigned); // leave this row out
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, cost[row][j] + search(cost, row + 1, used, toAssign, assigned + 1));
                used[j] = false;
            }
        }
        return best;
    }
}
