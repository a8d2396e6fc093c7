package org.diarist.engine.segmentation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapAddTest {

    @Test
    void uniformWeightsAverageTheWindowsCoveringEachFrame() {
        OverlapAdd aggregate = OverlapAdd.uniform(1, 3);
        aggregate.add(0, column(1, 2, 3));
        aggregate.add(2, column(5, 7, 9));
        assertEquals(5, aggregate.frames());
        assertArrayEquals(new float[] {1, 2, 4, 7, 9, -1}, aggregate.average(6, 0, -1f), 1e-6f);
    }

    @Test
    void hammingWeightsTrustWindowCentres() {
        float[] hamming = OverlapAdd.hammingWindow(3);
        assertArrayEquals(new float[] {0.08f, 1f, 0.08f}, hamming, 1e-6f);
        OverlapAdd aggregate = OverlapAdd.hamming(1, 3);
        aggregate.add(0, column(1, 1, 1));
        aggregate.add(1, column(0, 0, 0));
        // frame 1: (1 * 1 + 0.08 * 0) / (1 + 0.08); frame 2: (0.08 * 1 + 1 * 0) / (0.08 + 1)
        assertArrayEquals(new float[] {1f, 1f / 1.08f, 0.08f / 1.08f, 0f}, aggregate.average(4, 0, 0f), 1e-6f);
        assertArrayEquals(new float[] {0.08f, 1f, 0.08f + 0f, 0f},
            new float[] {aggregate.sums(4)[0][0], aggregate.sums(4)[1][0], aggregate.sums(4)[2][0], aggregate.sums(4)[3][0]},
            1e-6f);
    }

    @Test
    void numpyHammingOfFiveFrames() {
        assertArrayEquals(new float[] {0.08f, 0.54f, 1f, 0.54f, 0.08f}, OverlapAdd.hammingWindow(5), 1e-6f);
    }

    @Test
    void missingScoresAddNoWeightAndUncoveredFramesGetTheMissingValue() {
        OverlapAdd aggregate = OverlapAdd.uniform(2, 2);
        aggregate.add(3, new float[][] {{Float.NaN, Float.NaN}, {4, 6}});
        aggregate.add(4, new float[][] {{2, 2}, {Float.NaN, Float.NaN}});
        assertArrayEquals(new float[] {-1, -1, -1, -1, 3, -1}, aggregate.average(6, 0, -1f), 1e-6f);
        assertArrayEquals(new float[] {-1, -1, -1, -1, 4, -1}, aggregate.average(6, 1, -1f), 1e-6f);
    }

    @Test
    void windowsMayArriveInAnyOrderAndTheGridGrows() {
        OverlapAdd forward = OverlapAdd.uniform(1, 2);
        OverlapAdd backward = OverlapAdd.uniform(1, 2);
        for (int start = 0; start < 3000; start++) {
            forward.add(start, column(start, start + 1));
            backward.add(2999 - start, column(2999 - start, 3000 - start));
        }
        assertArrayEquals(forward.average(3001, 0, 0f), backward.average(3001, 0, 0f));
        assertEquals(1500f, forward.average(3001, 0, 0f)[1500], 1e-3f);
    }

    private static float[][] column(float... values) {
        float[][] scores = new float[values.length][1];
        for (int i = 0; i < values.length; i++) {
            scores[i][0] = values[i];
        }
        return scores;
    }
}
