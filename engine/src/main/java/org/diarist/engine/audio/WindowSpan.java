package org.diarist.engine.audio;

import java.util.Arrays;

/**
 * Consecutive, usually overlapping, windows of one stretch of audio, kept as that stretch: window {@code i} is
 * {@code samples[i * step, i * step + windowSamples)}. Work that depends on each sample's neighbourhood only (a
 * convolution, a filterbank) can then be done once over the stretch instead of once per window.
 *
 * @param samples       the stretch, exactly {@code (count - 1) * step + windowSamples} long (zero-padded at the end
 *                      when the audio is shorter)
 * @param windowSamples samples per window
 * @param step          samples between the starts of consecutive windows
 * @param count         number of windows, at least 1
 */
public record WindowSpan(float[] samples, int windowSamples, int step, int count) {

    public WindowSpan {
        if (windowSamples < 1 || step < 1 || count < 1) {
            throw new IllegalArgumentException("need windowSamples, step and count >= 1: " + windowSamples + ", "
                + step + ", " + count);
        }
        long expected = (long) (count - 1) * step + windowSamples;
        if (samples.length != expected) {
            throw new IllegalArgumentException(count + " windows of " + windowSamples + " samples every " + step
                + " need " + expected + " samples, got " + samples.length);
        }
    }

    /** A span of a single window. */
    public static WindowSpan of(float[] window) {
        return new WindowSpan(window, window.length, window.length, 1);
    }

    /** A copy of window {@code i}. */
    public float[] window(int i) {
        int from = Math.multiplyExact(i, step);
        return Arrays.copyOfRange(samples, from, from + windowSamples);
    }

    /** Copies of all windows, [window][sample]. */
    public float[][] windows() {
        float[][] windows = new float[count][];
        Arrays.setAll(windows, this::window);
        return windows;
    }
}
