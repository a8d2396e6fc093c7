package org.diarist.engine.features;

/**
 * Turns equal-length waveforms into frame-level features. Implementations may hold native memory: close them.
 */
public interface FeatureExtractor extends AutoCloseable {

    /** Values per frame. */
    int dimension();

    /** Frames produced from a waveform of {@code samples} samples. */
    int frameCount(long samples);

    /** Features of each waveform: [waveforms][frames][dimension]; all waveforms must have the same length. */
    float[][][] extract(float[][] waveforms);

    @Override
    void close();
}
