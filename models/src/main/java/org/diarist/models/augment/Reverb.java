package org.diarist.models.augment;

import java.util.random.RandomGenerator;

/**
 * Simulated room reverberation: the speech convolved with a synthetic impulse response, a direct path followed by
 * Gaussian noise whose amplitude decays exponentially so that its energy falls by 60 dB in RT60 seconds.
 */
public final class Reverb {

    /** Direct sound then diffuse tail: the tail starts a few milliseconds after the direct path. */
    static final double PRE_DELAY_SECONDS = 0.003;
    /** The tail's energy relative to the direct path's, for a moderately distant talker. */
    static final double DIRECT_TO_REVERBERANT_DB = 0;

    private Reverb() {
    }

    /** An impulse response of {@code rt60} seconds at {@code sampleRate}, normalised to unit energy. */
    public static float[] impulseResponse(double rt60, int sampleRate, RandomGenerator random) {
        if (!(rt60 > 0)) {
            throw new IllegalArgumentException("RT60 must be positive: " + rt60);
        }
        int delay = (int) Math.round(PRE_DELAY_SECONDS * sampleRate);
        int length = delay + (int) Math.ceil(rt60 * sampleRate);
        float[] h = new float[length];
        // Energy decays 60 dB in rt60 seconds: amplitude e^(-t * ln(1000) / rt60).
        double decayPerSample = Math.log(1000) / (rt60 * sampleRate);
        double tailEnergy = 0;
        for (int i = delay; i < length; i++) {
            h[i] = (float) (random.nextGaussian() * Math.exp(-(i - delay) * decayPerSample));
            tailEnergy += (double) h[i] * h[i];
        }
        // The direct path has energy 1; the tail gets 10^(-DRR/10).
        double tailScale = Math.sqrt(Math.pow(10, -DIRECT_TO_REVERBERANT_DB / 10) / tailEnergy);
        for (int i = delay; i < length; i++) {
            h[i] *= (float) tailScale;
        }
        h[0] = 1;
        return Signals.scaled(h, 1 / Math.sqrt(Signals.power(h) * h.length));
    }

    /** {@code x} in a room with the given RT60, at the same length and overall power as {@code x}. */
    public static float[] apply(float[] x, double rt60, int sampleRate, RandomGenerator random) {
        float[] y = Fft.convolve(x, impulseResponse(rt60, sampleRate, random));
        double before = Signals.power(x);
        double after = Signals.power(y);
        return after == 0 ? y : Signals.scaled(y, Math.sqrt(before / after));
    }
}
