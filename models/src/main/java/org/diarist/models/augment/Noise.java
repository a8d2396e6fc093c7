package org.diarist.models.augment;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Noise to add to speech: white, pink (power falling 3 dB per octave) and babble (several other voices at once),
 * and the mixing of a noise into speech at a signal-to-noise ratio.
 */
public final class Noise {

    /** Babble is this many voices unless the pool holds fewer. */
    public static final int BABBLE_VOICES = 5;

    private Noise() {
    }

    public static float[] white(int length, RandomGenerator random) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }

    /** White noise shaped in the frequency domain to a 1/f power spectrum (nothing at DC). */
    public static float[] pink(int length, RandomGenerator random) {
        int n = Fft.size(Math.max(length, 2));
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = random.nextGaussian();
        }
        Fft.forward(re, im);
        re[0] = 0;
        im[0] = 0;
        for (int k = 1; k <= n / 2; k++) {
            double amplitude = 1 / Math.sqrt(k);
            re[k] *= amplitude;
            im[k] *= amplitude;
            if (k < n / 2) {
                re[n - k] *= amplitude;
                im[n - k] *= amplitude;
            }
        }
        Fft.inverse(re, im);
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) re[i];
        }
        return x;
    }

    /**
     * Several other voices talking at once: {@link #BABBLE_VOICES} utterances drawn from {@code voices}, each from
     * a random offset (looped when shorter than {@code length}), each brought to the same power before summing.
     */
    public static float[] babble(List<float[]> voices, int length, RandomGenerator random) {
        if (voices.isEmpty()) {
            throw new IllegalArgumentException("babble needs at least one voice");
        }
        float[] out = new float[length];
        int count = Math.min(BABBLE_VOICES, voices.size());
        for (int v = 0; v < count; v++) {
            float[] voice = voices.get(random.nextInt(voices.size()));
            double power = Signals.power(voice);
            if (voice.length == 0 || power == 0) {
                continue;
            }
            double scale = 1 / Math.sqrt(power);
            int offset = random.nextInt(voice.length);
            for (int i = 0; i < length; i++) {
                out[i] += (float) (voice[(offset + i) % voice.length] * scale);
            }
        }
        return out;
    }

    /**
     * {@code speech + g * noise}, with {@code g} chosen so that the power of {@code speech} over the power of the
     * added noise is {@code snrDb}. The noise is looped when shorter than the speech.
     */
    public static float[] addAtSnr(float[] speech, float[] noise, double snrDb) {
        float[] fitted = fitted(noise, speech.length);
        double noisePower = Signals.power(fitted);
        double speechPower = Signals.power(speech);
        if (noisePower == 0 || speechPower == 0) {
            return speech.clone();
        }
        double g = Math.sqrt(speechPower / (noisePower * Math.pow(10, snrDb / 10)));
        float[] out = new float[speech.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (speech[i] + g * fitted[i]);
        }
        return out;
    }

    private static float[] fitted(float[] noise, int length) {
        if (noise.length == 0) {
            throw new IllegalArgumentException("empty noise");
        }
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = noise[i % noise.length];
        }
        return out;
    }
}
