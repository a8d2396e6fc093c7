package org.diarist.engine.segmentation;

/**
 * Shape of the native segmentation network: SincNet front end, bidirectional LSTM, feed-forward head over
 * powerset classes. The defaults follow pyannote segmentation-3.0 but with a lighter LSTM, which trains in the
 * time budget of a 2-core CPU.
 */
public record SegmentationNetworkConfig(
    int sampleRate,
    int windowSamples,
    int sincFilters,
    int sincKernel,
    int sincStride,
    int convChannels,
    int lstmHidden,
    int lstmLayers,
    double lstmDropout,
    int linearHidden,
    int maxSpeakers,
    int maxSimultaneous) {

    public static SegmentationNetworkConfig defaults() {
        return new SegmentationNetworkConfig(16000, 160000, 80, 251, 10, 60, 128, 2, 0.3, 128, 3, 2);
    }

    public SegmentationNetworkConfig {
        if (sampleRate <= 0 || windowSamples <= sincKernel || sincFilters <= 0 || sincKernel % 2 == 0
            || sincStride <= 0 || convChannels <= 0 || lstmHidden <= 0 || lstmLayers <= 0
            || lstmDropout < 0 || lstmDropout >= 1 || linearHidden <= 0
            || maxSpeakers <= 0 || maxSimultaneous <= 0 || maxSimultaneous > maxSpeakers) {
            throw new IllegalArgumentException("invalid segmentation network configuration: " + this);
        }
    }

    /** Pooling after each convolution stage; with stride 10 it gives one frame per 270 samples (~16.9 ms). */
    static final int POOL = 3;
    /** Kernel of the two plain convolutions after the sinc stage. */
    static final int CONV_KERNEL = 5;

    public Powerset powerset() {
        return new Powerset(maxSpeakers, maxSimultaneous);
    }

    /** Output frames for {@code samples} input samples. */
    public int frames(int samples) {
        int n = (samples - sincKernel) / sincStride + 1;
        n = n / POOL;
        n = (n - CONV_KERNEL + 1) / POOL;
        n = (n - CONV_KERNEL + 1) / POOL;
        return n;
    }

    /** Samples between the starts of two consecutive output frames. */
    public int frameStepSamples() {
        return sincStride * POOL * POOL * POOL;
    }

    /** The sample at the centre of output frame {@code frame}'s receptive field: where its label is read. */
    public int frameCentreSample(int frame) {
        return frame * frameStepSamples() + receptiveFieldSamples() / 2;
    }

    /** Samples that influence one output frame (before the LSTM, which sees the whole window). */
    public int receptiveFieldSamples() {
        int field = sincKernel;
        int jump = sincStride;
        field += (POOL - 1) * jump;
        jump *= POOL;
        field += (CONV_KERNEL - 1) * jump;
        field += (POOL - 1) * jump;
        jump *= POOL;
        field += (CONV_KERNEL - 1) * jump;
        field += (POOL - 1) * jump;
        return field;
    }
}
