package org.diarist.models.train.segmentation;

/**
 * Energy-based speech mask of a clean single-speaker recording, so that training labels mark speech rather than
 * the pauses inside an utterance. Frames of 10 ms are speech when their energy is within 35 dB of the loudest
 * frame (and above an absolute floor); gaps under 150 ms are filled and bursts under 50 ms dropped.
 */
final class SpeechActivity {

    private static final int FRAME = 160;
    private static final double RELATIVE_DB = 35;
    private static final double FLOOR_DB = -55;
    private static final int MAX_GAP_FRAMES = 15;
    private static final int MIN_BURST_FRAMES = 5;

    private SpeechActivity() {
    }

    /** One flag per 10 ms frame (160 samples at 16 kHz). */
    static boolean[] frames(float[] audio) {
        int frames = audio.length / FRAME;
        double[] energyDb = new double[frames];
        double loudest = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                sum += audio[i] * audio[i];
            }
            energyDb[f] = 10 * Math.log10(sum / FRAME + 1e-12);
            loudest = Math.max(loudest, energyDb[f]);
        }
        double threshold = Math.max(FLOOR_DB, loudest - RELATIVE_DB);
        boolean[] speech = new boolean[frames];
        for (int f = 0; f < frames; f++) {
            speech[f] = energyDb[f] > threshold;
        }
        fillRuns(speech, false, MAX_GAP_FRAMES);
        fillRuns(speech, true, MIN_BURST_FRAMES);
        return speech;
    }

    /** Flips interior runs of {@code value} shorter than {@code maxLength} frames. */
    private static void fillRuns(boolean[] flags, boolean value, int maxLength) {
        int f = 0;
        while (f < flags.length) {
            if (flags[f] != value) {
                f++;
                continue;
            }
            int end = f;
            while (end < flags.length && flags[end] == value) {
                end++;
            }
            boolean interior = f > 0 && end < flags.length;
            if (end - f < maxLength && (interior || value)) {
                for (int i = f; i < end; i++) {
                    flags[i] = !value;
                }
            }
            f = end;
        }
    }

    static int frameSamples() {
        return FRAME;
    }
}
