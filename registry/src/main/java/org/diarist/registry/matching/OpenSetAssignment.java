package org.diarist.registry.matching;

import org.diarist.engine.metrics.Hungarian;

/**
 * Names the speakers of one recording at once. Each diarized speaker (a row) may take at most one known identity
 * (a column), no identity goes to two speakers, and a pair scoring below the threshold is never made: such a
 * speaker stays unknown. Among the allowed assignments it maximises the summed margin {@code score - threshold},
 * so when two speakers both resemble one identity, the closer one gets it and the other falls back to its next
 * candidate or to unknown.
 *
 * <p>Solved as a minimum-cost assignment where each row also has its own "unknown" column of cost 0, and every
 * pair below the threshold costs more than any assignment of allowed pairs could save.
 */
public final class OpenSetAssignment {

    /** The result for one row: {@link #UNKNOWN} or the column of the identity it took. */
    public static final int UNKNOWN = -1;
    private static final double TIE_BREAK = 1e-9;

    private OpenSetAssignment() {
    }

    /**
     * @param scores    scores[row][column], higher is more alike; {@link Double#NaN} where not scored
     * @param threshold the lowest score accepted as the same person
     * @return for each row the column it takes, or {@link #UNKNOWN}
     */
    public static int[] assign(double[][] scores, double threshold) {
        int rows = scores.length;
        if (rows == 0) {
            return new int[0];
        }
        int columns = scores[0].length;
        double maxMargin = 0;
        for (double[] row : scores) {
            for (double score : row) {
                if (score >= threshold) {
                    maxMargin = Math.max(maxMargin, score - threshold);
                }
            }
        }
        // Larger than the best total saving of all allowed pairs: a forbidden pair never pays off.
        double forbidden = (maxMargin + TIE_BREAK + 1) * (rows + 1);
        double[][] cost = new double[rows][columns + rows];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double score = scores[row][column];
                // The tiny bonus makes a pair exactly at the threshold beat staying unknown.
                cost[row][column] = score >= threshold ? -(score - threshold) - TIE_BREAK : forbidden;
            }
            for (int unknown = 0; unknown < rows; unknown++) {
                cost[row][columns + unknown] = unknown == row ? 0 : forbidden;
            }
        }
        int[] chosen = Hungarian.minimize(cost);
        int[] assignment = new int[rows];
        for (int row = 0; row < rows; row++) {
            int column = chosen[row];
            assignment[row] = column < columns && scores[row][column] >= threshold ? column : UNKNOWN;
        }
        return assignment;
    }
}
