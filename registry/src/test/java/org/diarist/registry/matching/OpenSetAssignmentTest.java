package org.diarist.registry.matching;

import org.junit.jupiter.api.Test;

import static org.diarist.registry.matching.OpenSetAssignment.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class OpenSetAssignmentTest {

    private static final double NONE = Double.NaN;

    @Test
    void twoSpeakersNeverTakeTheSameIdentity() {
        // Both rows are closest to identity 0; the closer one gets it, the other falls back to identity 1.
        double[][] scores = {
            {0.80, 0.60},
            {0.75, 0.20},
        };
        assertArrayEquals(new int[] {1, 0}, OpenSetAssignment.assign(scores, 0.5),
            "row 1 only clears the threshold with identity 0, so row 0 takes its second choice");
        double[][] onlyOne = {
            {0.80, 0.30},
            {0.75, 0.20},
        };
        assertArrayEquals(new int[] {0, UNKNOWN}, OpenSetAssignment.assign(onlyOne, 0.5));
    }

    @Test
    void scoresBelowTheThresholdStayUnknown() {
        double[][] scores = {
            {0.49, NONE},
            {NONE, 0.51},
        };
        assertArrayEquals(new int[] {UNKNOWN, 1}, OpenSetAssignment.assign(scores, 0.5));
        assertArrayEquals(new int[] {UNKNOWN, UNKNOWN}, OpenSetAssignment.assign(scores, 0.6));
    }

    @Test
    void aScoreExactlyAtTheThresholdIsAccepted() {
        assertArrayEquals(new int[] {0}, OpenSetAssignment.assign(new double[][] {{0.5}}, 0.5));
    }

    @Test
    void noCandidatesMeansUnknown() {
        assertArrayEquals(new int[] {UNKNOWN, UNKNOWN}, OpenSetAssignment.assign(new double[2][0], 0.5));
        assertArrayEquals(new int[0], OpenSetAssignment.assign(new double[0][0], 0.5));
    }

    @Test
    void maximisesTheSummedMarginNotTheFirstRow() {
        // Row 0 alone would take identity 0 (0.9), but then row 1 (0.88 with identity 0, 0.55 with 1) loses
        // more than row 0 gains: 0.85 + 0.88 beats 0.9 + 0.55.
        double[][] scores = {
            {0.90, 0.85},
            {0.88, 0.55},
        };
        assertArrayEquals(new int[] {1, 0}, OpenSetAssignment.assign(scores, 0.5));
    }
}
