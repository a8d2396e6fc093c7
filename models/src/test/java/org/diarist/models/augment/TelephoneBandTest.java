package org.diarist.models.augment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelephoneBandTest {

    private static final int RATE = 16000;

    @Test
    void leavesNoEnergyAbove4kHz() {
        float[] x = Noise.white(3 * RATE, new SplittableRandom(11));
        float[] y = TelephoneBand.apply(x, RATE);
        Spectrum s = new Spectrum(y, RATE);
        double above = Signals.decibels(s.energy(4000, RATE) / s.total());
        assertTrue(above < -50, "energy above 4 kHz: " + above + " dB of the total");
        double below = Signals.decibels(s.energy(0, 150) / s.total());
        assertTrue(below < -50, "energy below 150 Hz: " + below + " dB of the total");
    }

    @Test
    void keepsThePassbandAndRemovesWhatLiesOutside() {
        Spectrum in = new Spectrum(Noise.white(3 * RATE, new SplittableRandom(12)), RATE);
        Spectrum out = new Spectrum(TelephoneBand.apply(Noise.white(3 * RATE, new SplittableRandom(12)), RATE), RATE);
        assertEquals(0.0, Signals.decibels(out.energy(500, 3000) / in.energy(500, 3000)), 0.2);

        // A 5 kHz tone faded in and out (an abrupt start would itself spread into the passband).
        float[] sine5k = new float[RATE];
        for (int i = 0; i < sine5k.length; i++) {
            double fade = Math.min(1, Math.min(i, sine5k.length - 1 - i) / (0.05 * RATE));
            sine5k[i] = (float) (Math.sin(2 * Math.PI * 5000 * i / RATE) * Math.sin(0.5 * Math.PI * fade));
        }
        assertTrue(Signals.power(TelephoneBand.apply(sine5k, RATE)) < 1e-5 * Signals.power(sine5k));
    }
}
