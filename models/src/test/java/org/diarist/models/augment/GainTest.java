package org.diarist.models.augment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GainTest {

    @Test
    void changesThePowerByTheGain() {
        float[] x = NoiseTest.voiced(150, 16000);
        assertEquals(6.0, Signals.decibels(Signals.power(Gain.apply(x, 6)) / Signals.power(x)), 1e-4);
        assertEquals(-12.5, Signals.decibels(Signals.power(Gain.apply(x, -12.5)) / Signals.power(x)), 1e-4);
    }

    @Test
    void drawsTheGainWithinItsRange() {
        float[] x = NoiseTest.voiced(150, 16000);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 50; i++) {
            double db = Signals.decibels(Signals.power(Gain.random(x, -6, 3, random)) / Signals.power(x));
            assertTrue(db >= -6 - 1e-4 && db <= 3 + 1e-4, "gain " + db);
        }
    }
}
