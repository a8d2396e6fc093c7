package org.diarist.models.augment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeedPerturbationTest {

    private static final int RATE = 16000;

    @Test
    void changesTheLengthByTheFactorAndThePitchWithIt() {
        float[] tone = new float[2 * RATE];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) Math.sin(2 * Math.PI * 1000 * i / RATE);
        }
        for (double factor : new double[] {0.9, 1.1}) {
            float[] y = SpeedPerturbation.apply(tone, RATE, factor);
            assertEquals(tone.length / factor, y.length, 1.0);
            assertEquals(1000 * factor, dominantHz(y), 5.0);
        }
    }

    private static double dominantHz(float[] x) {
        Spectrum s = new Spectrum(x, RATE);
        double best = 0;
        double bestEnergy = -1;
        for (double hz = 500; hz < 2000; hz += 2) {
            double e = s.energy(hz, hz + 2);
            if (e > bestEnergy) {
                bestEnergy = e;
                best = hz + 1;
            }
        }
        return best;
    }
}
