package org.diarist.engine.clustering;

import java.util.Arrays;

/** Minimum-cost assignment (Kuhn-Munkres with potentials), O(rows^2 * cols). */
final class Hungarian {

    private Hungarian() {
    }

    /**
     * For a cost matrix with {@code rows <= cols}, the column assigned to each row so that no two rows share a
     * column and the total cost is minimal.
     */
    static int[] assign(double[][] cost) {
        int rows = cost.length;
        if (rows == 0) {
            return new int[0];
        }
        int cols = cost[0].length;
        if (rows > cols) {
            throw new IllegalArgumentException("more rows (" + rows + ") than columns (" + cols + ")");
        }
        // 1-based arrays: row 0 / column 0 are sentinels of the shortest augmenting path search.
        double[] rowPotential = new double[rows + 1];
        double[] colPotential = new double[cols + 1];
        int[] rowOfCol = new int[cols + 1];
        int[] previousCol = new int[cols + 1];
        double[] slack = new double[cols + 1];
        boolean[] visited = new boolean[cols + 1];
        for (int row = 1; row <= rows; row++) {
            rowOfCol[0] = row;
            int col0 = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(visited, false);
            do {
                visited[col0] = true;
                int r0 = rowOfCol[col0];
                double delta = Double.POSITIVE_INFINITY;
                int col1 = 0;
                for (int col = 1; col <= cols; col++) {
                    if (visited[col]) {
                        continue;
                    }
                    double reduced = cost[r0 - 1][col - 1] - rowPotential[r0] - colPotential[col];
                    if (reduced < slack[col]) {
                        slack[col] = reduced;
                        previousCol[col] = col0;
                    }
                    if (slack[col] < delta) {
                        delta = slack[col];
                        col1 = col;
                    }
                }
                for (int col = 0; col <= cols; col++) {
                    if (visited[col]) {
                        rowPotential[rowOfCol[col]] += delta;
                        colPotential[col] -= delta;
                    } else {
                        slack[col] -= delta;
                    }
                }
                col0 = col1;
            } while (rowOfCol[col0] != 0);
            do {
                int col1 = previousCol[col0];
                rowOfCol[col0] = rowOfCol[col1];
                col0 = col1;
            } while (col0 != 0);
        }
        int[] assignment = new int[rows];
        for (int col = 1; col <= cols; col++) {
            if (rowOfCol[col] != 0) {
                assignment[rowOfCol[col] - 1] = col - 1;
            }
        }
        return assignment;
    }
}
