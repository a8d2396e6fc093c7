package org.diarist.engine.segmentation;

import org.diarist.engine.annotation.SlidingWindow;

/**
 * What a segmentation model expects and produces: windows of {@code windowSamples} samples at
 * {@code sampleRate}, each giving {@code frames} frames of powerset log-probabilities, one frame every
 * {@code frameStepSamples} samples, each frame seeing {@code receptiveFieldSamples} samples.
 */
public record SegmentationSpecification(
    int sampleRate,
    int windowSamples,
    int frames,
    int frameStepSamples,
    int receptiveFieldSamples,
    Powerset powerset) {

    public static SegmentationSpecification of(SegmentationNetworkConfig config) {
        return new SegmentationSpecification(config.sampleRate(), config.windowSamples(),
            config.frames(config.windowSamples()), config.frameStepSamples(), config.receptiveFieldSamples(),
            config.powerset());
    }

    public double windowSeconds() {
        return windowSamples / (double) sampleRate;
    }

    /** The frames of a window starting at {@code windowStart} seconds, as time spans of the recording. */
    public SlidingWindow frameWindow(double windowStart) {
        return SlidingWindow.of(windowStart, receptiveFieldSamples / (double) sampleRate,
            frameStepSamples / (double) sampleRate);
    }
}
