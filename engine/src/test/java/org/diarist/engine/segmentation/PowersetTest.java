package org.diarist.engine.segmentation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PowersetTest {

    private final Powerset powerset = new Powerset(3, 2);

    @Test
    void hasPyannoteClassLayout() {
        // {}, {1}, {2}, {3}, {1,2}, {1,3}, {2,3}
        int[] expected = {0b000, 0b001, 0b010, 0b100, 0b011, 0b101, 0b110};
        assertEquals(7, powerset.classes());
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], powerset.mask(c), "class " + c);
            assertEquals(c, powerset.classOf(expected[c]));
        }
    }

    @Test
    void threeSpeakersAtOnceKeepTheFirstTwo() {
        assertEquals(powerset.classOf(0b011), powerset.classOf(0b111));
    }

    @Test
    void convertsToMultilabel() {
        float[][] logProbabilities = new float[2][7];
        for (float[] frame : logProbabilities) {
            java.util.Arrays.fill(frame, -10f);
        }
        logProbabilities[0][5] = 0f; // {1,3}
        logProbabilities[1][0] = 0f; // silence
        float[][] hard = powerset.toMultilabel(logProbabilities);
        assertArrayEquals(new float[] {1, 0, 1}, hard[0]);
        assertArrayEquals(new float[] {0, 0, 0}, hard[1]);
        float[][] soft = powerset.toSoftMultilabel(logProbabilities);
        assertEquals(1.0, soft[0][0], 1e-3);
        assertEquals(0.0, soft[0][1], 1e-3);
        assertEquals(1.0, powerset.probabilityOfAtLeast(logProbabilities[0], 2), 1e-3);
        assertEquals(0.0, powerset.probabilityOfAtLeast(logProbabilities[1], 1), 1e-3);
    }

    @Test
    void speechThresholdDecidesSilenceThenTheBestSpeakerSetWins() {
        // silence 0.40, {1} 0.35, {2} 0.05, {3} 0.05, {1,2} 0.15: silence is the most likely class, but speech
        // (0.60 in all) is more likely than not.
        float[] frame = logOf(0.40, 0.35, 0.05, 0.05, 0.15, 0.0, 0.0);
        assertEquals(0, powerset.mostLikelyMask(frame));
        assertEquals(0b001, powerset.speakersAbove(frame, 0.5));
        assertEquals(0, powerset.speakersAbove(frame, 0.65));
        assertEquals(0b001, powerset.speakersAbove(frame, 0.3));
        // A confident pair stays a pair.
        assertEquals(0b011, powerset.speakersAbove(logOf(0.1, 0.1, 0, 0, 0.8, 0, 0), 0.5));
    }

    private static float[] logOf(double... probabilities) {
        float[] logs = new float[probabilities.length];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = (float) Math.log(Math.max(probabilities[i], 1e-9));
        }
        return logs;
    }
}
