package org.diarist.engine.metrics;

import java.util.Arrays;

/**
 * Optimal one-to-one assignment (Kuhn-Munkres with potentials, O(n²·m)): pairs rows with columns so that the
 * sum of the chosen costs is minimal. Rectangular matrices pair {@code min(rows, columns)} of them; the other
 * rows stay unassigned.
 */
public final class Hungarian {

    private Hungarian() {
    }

    /** For each row, the column it is paired with, or -1; minimising the total cost. */
    public static int[] minimize(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        for (double[] row : cost) {
            if (row.length != columns) {
                throw new IllegalArgumentException("cost matrix rows differ in length");
            }
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("cost matrix holds a non-finite value: " + value);
                }
            }
        }
        if (rows == 0 || columns == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows <= columns) {
            return assignRows(cost, rows, columns);
        }
        // More rows than columns: solve the transpose and invert the pairing.
        double[][] transposed = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j][i] = cost[i][j];
            }
        }
        int[] columnToRow = assignRows(transposed, columns, rows);
        int[] rowToColumn = new int[rows];
        Arrays.fill(rowToColumn, -1);
        for (int j = 0; j < columns; j++) {
            rowToColumn[columnToRow[j]] = j;
        }
        return rowToColumn;
    }

    /** For each row, the column it is paired with, or -1; maximising the total score. */
    public static int[] maximize(double[][] score) {
        double[][] cost = new double[score.length][];
        for (int i = 0; i < score.length; i++) {
            cost[i] = new double[score[i].length];
            for (int j = 0; j < score[i].length; j++) {
                cost[i][j] = -score[i][j];
            }
        }
        return minimize(cost);
    }

    /** The shortest-augmenting-path algorithm for {@code rows <= columns}; every row gets a column. */
    private static int[] assignRows(double[][] cost, int rows, int columns) {
        // 1-based arrays; index 0 is the virtual row/column the augmenting paths start from.
        double[] rowPotential = new double[rows + 1];
        double[] columnPotential = new double[columns + 1];
        int[] rowOfColumn = new int[columns + 1];
        int[] previousColumn = new int[columns + 1];
        for (int row = 1; row <= rows; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] slack = new double[columns + 1];
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[columns + 1];
            do {
                used[column] = true;
                int currentRow = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int nextColumn = -1;
                for (int j = 1; j <= columns; j++) {
                    if (used[j]) {
                        continue;
                    }
                    double reduced = cost[currentRow - 1][j - 1] - rowPotential[currentRow] - columnPotential[j];
                    if (reduced < slack[j]) {
                        slack[j] = reduced;
                        previousColumn[j] = column;
                    }
                    if (slack[j] < delta) {
                        delta = slack[j];
                        nextColumn = j;
                    }
                }
                for (int j = 0; j <= columns; j++) {
                    if (used[j]) {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = nextColumn;
            } while (rowOfColumn[column] != 0);
            do {
                int previous = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] assignment = new int[rows];
        for (int j = 1; j <= columns; j++) {
            if (rowOfColumn[j] != 0) {
                assignment[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}
