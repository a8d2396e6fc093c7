package org.diarist.engine.pipeline;

/**
 * What one streaming pass held, to check that memory follows the number of windows and not the length of the
 * audio.
 *
 * @param samples             samples decoded
 * @param windows             segmentation windows
 * @param peakBufferedSamples most audio samples held at once (one batch of windows)
 * @param activityBytes       bytes of per-window local speaker activity kept
 * @param embeddings          window-speaker embeddings kept
 */
public record StreamStatistics(long samples, int windows, int peakBufferedSamples, long activityBytes,
                               int embeddings) {
}
