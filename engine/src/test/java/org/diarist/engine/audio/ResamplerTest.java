package org.diarist.engine.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.diarist.engine.audio.Sines.amplitude;
import static org.diarist.engine.audio.Sines.decibels;
import static org.diarist.engine.audio.Sines.rms;
import static org.diarist.engine.audio.Sines.sine;
import static org.diarist.engine.audio.Sines.toFloat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplerTest {

    /** Samples at each end left out of measurements: the filter sees zeros beyond the signal there. */
    private static int edge(Resampler r, int from, int to) {
        return (int) ((long) r.taps() * to / from) + 2;
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz, {2} Hz tone")
    @CsvSource({
        "44100, 16000, 1000", "44100, 16000, 3000", "44100, 16000, 7100",
        "48000, 16000, 440", "48000, 16000, 7000",
        "22050, 16000, 2500", "11025, 16000, 4000", "8000, 16000, 3000", "8000, 16000, 3550",
        "32000, 16000, 5000", "96000, 16000, 6000", "44101, 16000, 3000", "16000, 8000, 3000",
        "16000, 44100, 7000", "24000, 16000, 6500",
    })
    void toneBelowTheNewNyquistKeepsItsAmplitudeFrequencyAndPhase(int from, int to, double frequency) {
        double amplitudeIn = 0.5;
        float[] in = toFloat(sine(frequency, from, from, amplitudeIn, 0.3)); // one second
        float[] out = Resampler.resample(in, from, to);
        int e = edge(new Resampler(from, to), from, to);

        double measured = amplitude(out, e, out.length - e, frequency, to);
        assertEquals(0, decibels(measured / amplitudeIn), 0.1, "gain in dB");

        // The output must be the same tone sampled at the new rate: residual at least 60 dB down.
        float[] ideal = toFloat(sine(frequency, to, out.length, amplitudeIn, 0.3));
        float[] residual = new float[out.length];
        for (int n = 0; n < out.length; n++) {
            residual[n] = out[n] - ideal[n];
        }
        double residualDb = decibels(rms(residual, e, out.length - e) / (amplitudeIn / Math.sqrt(2)));
        assertTrue(residualDb < -60, "residual " + residualDb + " dB");
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz, {2} Hz tone")
    @CsvSource({
        "44100, 16000, 8081", "44100, 16000, 9000", "44100, 16000, 15000", "44100, 16000, 21000",
        "48000, 16000, 8100", "48000, 16000, 16000", "48000, 16000, 23900",
        "22050, 16000, 8100", "96000, 16000, 40000", "44101, 16000, 8100", "32000, 16000, 12000",
        "16000, 8000, 4050", "16000, 8000, 7000",
    })
    void toneAboveTheNewNyquistIsAttenuatedBy60Db(int from, int to, double frequency) {
        double amplitudeIn = 0.9;
        float[] in = toFloat(sine(frequency, from, from, amplitudeIn, 0.1));
        float[] out = Resampler.resample(in, from, to);
        int e = edge(new Resampler(from, to), from, to);
        double attenuation = decibels(rms(out, e, out.length - e) / (amplitudeIn / Math.sqrt(2)));
        assertTrue(attenuation <= -60, "only " + attenuation + " dB");
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({"8000, 16000", "11025, 16000", "22050, 44100"})
    void upsamplingCreatesNoImagesAboveTheOldNyquist(int from, int to) {
        // A tone near the old Nyquist: any image would sit just above it. The residual test catches it.
        double frequency = 0.88 * from / 2;
        float[] in = toFloat(sine(frequency, from, from, 0.5, 0));
        float[] out = Resampler.resample(in, from, to);
        int e = edge(new Resampler(from, to), from, to);
        float[] ideal = toFloat(sine(frequency, to, out.length, 0.5, 0));
        for (int n = 0; n < out.length; n++) {
            out[n] -= ideal[n];
        }
        assertTrue(decibels(rms(out, e, out.length - e) / (0.5 / Math.sqrt(2))) < -60);
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({"44100, 16000", "48000, 16000", "8000, 16000", "44101, 16000", "16000, 16000", "11025, 22050"})
    void streamingInRandomBlocksEqualsTheWholeSignal(int from, int to) {
        Random random = new Random(42);
        float[] in = new float[from / 2 + 123];
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) random.nextGaussian() * 0.3f;
        }
        float[] whole = Resampler.resample(in, from, to);

        Resampler streaming = new Resampler(from, to);
        float[] out = new float[whole.length + 100];
        int produced = 0;
        int consumed = 0;
        boolean finished = false;
        while (true) {
            int got = streaming.pull(out, produced, Math.min(1 + random.nextInt(700), out.length - produced));
            if (got < 0) {
                break;
            }
            produced += got;
            if (got == 0) {
                if (consumed < in.length) {
                    int n = Math.min(in.length - consumed, random.nextInt(900));
                    streaming.push(in, consumed, n);
                    consumed += n;
                } else if (!finished) {
                    streaming.finish();
                    finished = true;
                }
            }
        }
        assertEquals(whole.length, produced);
        float[] streamed = java.util.Arrays.copyOf(out, produced);
        assertArrayEquals(whole, streamed, "block-wise output must be identical, sample for sample");
    }

    @Test
    void outputLengthIsTheCeilingOfTheRatio() {
        assertEquals(16000, Resampler.outputLength(44100, 44100, 16000));
        assertEquals(16000, Resampler.outputLength(48000, 48000, 16000));
        assertEquals(1, Resampler.outputLength(1, 44100, 16000));
        assertEquals(0, Resampler.outputLength(0, 44100, 16000));
        assertEquals(2, Resampler.outputLength(3, 44100, 16000)); // 3 * 160 / 441 = 1.09
        assertEquals(2, Resampler.outputLength(1, 8000, 16000));
        assertEquals(115_200_000L, Resampler.outputLength(7200L * 44100, 44100, 16000)); // two hours
        for (int length : new int[] {0, 1, 2, 3, 440, 441, 442, 1000, 4409}) {
            for (int[] rates : new int[][] {{44100, 16000}, {8000, 16000}, {48000, 16000}, {44101, 16000}}) {
                float[] out = Resampler.resample(new float[length], rates[0], rates[1]);
                long expected = (long) Math.ceil((double) length * rates[1] / rates[0]);
                assertEquals(expected, out.length, length + " samples at " + rates[0]);
            }
        }
    }

    @Test
    void equalRatesPassSamplesThroughUnchanged() {
        float[] in = {0.1f, -0.2f, 0.3f, 0.99f, -1f};
        assertArrayEquals(in, Resampler.resample(in, 16000, 16000));
    }

    @Test
    void constantSignalKeepsItsLevel() {
        float[] in = new float[44100];
        java.util.Arrays.fill(in, 0.25f);
        float[] out = Resampler.resample(in, 44100, 16000);
        int e = edge(new Resampler(44100, 16000), 44100, 16000);
        for (int n = e; n < out.length - e; n++) {
            assertEquals(0.25f, out[n], 1e-5f);
        }
    }

    @Test
    void outputSampleZeroIsAtInputTimeZero() {
        // An impulse at t = 0 peaks at output 0 (no delay), mirrored symmetrically after it.
        float[] in = new float[4410];
        in[0] = 1;
        float[] out = Resampler.resample(in, 44100, 16000);
        int peak = 0;
        for (int n = 1; n < out.length; n++) {
            if (Math.abs(out[n]) > Math.abs(out[peak])) {
                peak = n;
            }
        }
        assertEquals(0, peak);
    }
}
