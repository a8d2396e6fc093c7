package org.diarist.engine.segmentation;

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

    @Override
    void close();
}
