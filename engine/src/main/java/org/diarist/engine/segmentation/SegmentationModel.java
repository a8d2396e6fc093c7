package org.diarist.engine.segmentation;

import org.diarist.engine.audio.WindowSpan;

/**
 * A neural segmenter: for each window of audio, per frame, the log-probability of each powerset class of local
 * speakers (see {@link Powerset}). Implementations hold native weights and must be closed.
 */
public interface SegmentationModel extends AutoCloseable {

    SegmentationSpecification specification();

    /**
     * @param windows a batch of windows, each exactly {@code specification().windowSamples()} samples at the
     *                model's sample rate
     * @return log-probabilities [window][frame][class]
     */
    float[][][] forward(float[][] windows);

    /**
     * As {@link #forward(float[][])} for the windows of a span (each {@code specification().windowSamples()} long).
     * Models that can share work between overlapping windows override this; the default cuts the windows out.
     */
    default float[][][] forward(WindowSpan windows) {
        return forward(windows.windows());
    }

    @Override
    void close();
}
