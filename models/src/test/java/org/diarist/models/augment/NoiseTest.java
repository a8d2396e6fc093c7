package org.diarist.models.augment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NoiseTest {

    private static final int RATE = 16000;

    /** A stand-in for speech: a few harmonics with a syllable-rate envelope. */
    static float[] voiced(double f0, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            double t = (double) i / RATE;
            double envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t);
            double sum = 0;
            for (int h = 1; h <= 5; h++) {
                sum += Math.sin(2 * Math.PI * f0 * h * t) / h;
            }
            x[i] = (float) (0.2 * envelope * sum);
        }
        return x;
    }

    @Test
    void reachesTheRequestedSnrForEveryNoiseKind() {
        float[] speech = voiced(140, 3 * RATE);
        SplittableRandom random = new SplittableRandom(3);
        List<float[]> others = List.of(voiced(110, RATE), voiced(210, 2 * RATE), voiced(95, RATE / 2));
        for (float[] noise : List.of(Noise.white(RATE, random), Noise.pink(4 * RATE, random),
            Noise.babble(others, 3 * RATE, random))) {
            for (double snr : new double[] {0, 5, 10, 20}) {
                float[] noisy = Noise.addAtSnr(speech, noise, snr);
                float[] added = new float[noisy.length];
                for (int i = 0; i < added.length; i++) {
                    added[i] = noisy[i] - speech[i];
                }
                double achieved = Signals.decibels(Signals.power(speech) / Signals.power(added));
                assertEquals(snr, achieved, 0.5);
            }
        }
    }

    @Test
    void pinkNoiseLosesThreeDecibelsPerOctave() {
        Spectrum s = new Spectrum(Noise.pink(8 * RATE, new SplittableRandom(4)), RATE);
        double perOctave = Signals.decibels(s.density(500, 1000) / s.density(1000, 2000));
        assertEquals(3.0, perOctave, 0.5);
        double twoOctaves = Signals.decibels(s.density(1000, 2000) / s.density(4000, 8000));
        assertEquals(6.0, twoOctaves, 0.5);
    }

    @Test
    void whiteNoiseIsFlat() {
        Spectrum s = new Spectrum(Noise.white(8 * RATE, new SplittableRandom(5)), RATE);
        assertEquals(0.0, Signals.decibels(s.density(500, 1000) / s.density(4000, 8000)), 0.3);
    }

    @Test
    void isDeterministicForASeed() {
        List<float[]> others = List.of(voiced(110, RATE), voiced(210, RATE));
        assertArrayEquals(Noise.babble(others, RATE, new SplittableRandom(7)), Noise.babble(others, RATE, new SplittableRandom(7)));
        assertArrayEquals(Noise.pink(1000, new SplittableRandom(7)), Noise.pink(1000, new SplittableRandom(7)));
    }
}
