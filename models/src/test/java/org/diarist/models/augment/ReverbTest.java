package org.diarist.models.augment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReverbTest {

    private static final int RATE = 16000;

    /**
     * RT60 measured the standard way: Schroeder's backward-integrated energy decay curve, the slope of its -5 to
     * -25 dB part (T20) extrapolated to 60 dB.
     */
    static double measuredRt60(float[] h) {
        double[] edc = new double[h.length];
        double sum = 0;
        for (int i = h.length - 1; i >= 0; i--) {
            sum += (double) h[i] * h[i];
            edc[i] = sum;
        }
        int from = -1;
        int to = -1;
        for (int i = 0; i < h.length; i++) {
            double db = Signals.decibels(edc[i] / edc[0]);
            if (from < 0 && db <= -5) {
                from = i;
            }
            if (to < 0 && db <= -25) {
                to = i;
            }
        }
        return 60.0 / 20.0 * (to - from) / RATE;
    }

    @Test
    void impulseResponseDecaysAtTheRequestedRt60() {
        for (double rt60 : new double[] {0.2, 0.5, 0.9}) {
            float[] h = Reverb.impulseResponse(rt60, RATE, new SplittableRandom(9));
            assertEquals(rt60, measuredRt60(h), 0.1 * rt60, "RT60 " + rt60);
        }
    }

    @Test
    void reverberatedSpeechKeepsItsLengthAndPowerAndGainsATail() {
        float[] x = new float[2 * RATE];
        float[] burst = NoiseTest.voiced(120, RATE / 2);
        System.arraycopy(burst, 0, x, 0, burst.length);
        float[] y = Reverb.apply(x, 0.6, RATE, new SplittableRandom(10));
        assertEquals(x.length, y.length);
        assertEquals(Signals.power(x), Signals.power(y), 1e-3 * Signals.power(x));
        // Half a second of silence after the burst now holds its echo, 20-40 dB below the burst.
        float[] tail = java.util.Arrays.copyOfRange(y, RATE / 2 + RATE / 10, RATE / 2 + RATE / 5);
        double tailDb = Signals.decibels(Signals.power(tail) / Signals.power(burst));
        assertEquals(-25, tailDb, 12, "tail level " + tailDb);
    }
}
