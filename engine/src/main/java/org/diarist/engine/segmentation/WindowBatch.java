package org.diarist.engine.segmentation;

import org.diarist.engine.audio.WindowSpan;

/**
 * Consecutive windows of one recording with the segmentation model's output for each: window {@code i} of the
 * batch is window {@code firstWindow + i} of the recording. The audio of every window is exactly the model's
 * window length, the last window of a recording zero-padded past {@code validSamples}. The arrays are fresh for
 * each batch: a consumer may keep what it needs, but should keep results, never the audio.
 *
 * @param firstWindow       index of the first window in the recording
 * @param audio             the batch's windows, as the stretch of the recording they cover
 * @param validSamples      how many samples of each window are real audio (the rest is padding)
 * @param logProbabilities  powerset log-probabilities [window][frame][class]
 */
public record WindowBatch(int firstWindow, WindowSpan audio, int[] validSamples, float[][][] logProbabilities) {

    public int size() {
        return audio.count();
    }

    /** Index in the recording of the batch's {@code i}-th window. */
    public int window(int i) {
        return firstWindow + i;
    }
}
