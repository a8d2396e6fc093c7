package org.diarist.engine.features;

/**
 * Settings of the log-mel filterbank, with the defaults of {@code torchaudio.compliance.kaldi.fbank} (which match
 * Kaldi's {@code compute-fbank-feats}) except for 80 mel bins and the waveform scaled by 32768 (Kaldi works on
 * 16-bit sample values, Diarist's audio is in [-1, 1]). Always without dither, so features are deterministic, and
 * with {@code snip_edges}: only frames that fit wholly in the signal. {@link #wespeaker()} is the variant WeSpeaker's
 * speaker-embedding models are trained on.
 */
public record FbankConfig(
    int sampleRate,
    double frameLengthMs,
    double frameShiftMs,
    int melBins,
    WindowType window,
    double preemphasis,
    boolean removeDcOffset,
    boolean roundToPowerOfTwo,
    double lowFrequency,
    double highFrequency,
    boolean usePower,
    boolean useLog,
    double waveformScale,
    boolean subtractMean) {

    /** Kaldi's floor under each mel energy before the log (float32 machine epsilon). */
    public static final double LOG_FLOOR = Math.ulp(1.0f);

    public FbankConfig {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        if (frameLengthSamples(sampleRate, frameLengthMs) < 2 || frameLengthSamples(sampleRate, frameShiftMs) < 1) {
            throw new IllegalArgumentException("frame length and shift too short: " + frameLengthMs + " ms, "
                + frameShiftMs + " ms");
        }
        if (melBins <= 3) {
            throw new IllegalArgumentException("need more than 3 mel bins: " + melBins);
        }
        if (preemphasis < 0 || preemphasis > 1) {
            throw new IllegalArgumentException("pre-emphasis must be in [0, 1]: " + preemphasis);
        }
        double nyquist = sampleRate / 2.0;
        double high = highFrequency <= 0 ? highFrequency + nyquist : highFrequency;
        if (lowFrequency < 0 || lowFrequency >= nyquist || high <= 0 || high > nyquist || lowFrequency >= high) {
            throw new IllegalArgumentException("bad mel range: low " + lowFrequency + " Hz, high " + highFrequency
                + " Hz, Nyquist " + nyquist + " Hz");
        }
        if (!(waveformScale > 0)) {
            throw new IllegalArgumentException("waveform scale must be positive: " + waveformScale);
        }
        if (window == null) {
            throw new IllegalArgumentException("window type missing");
        }
    }

    /** torchaudio's defaults with 80 bins and 16-bit scaling; povey window, no mean subtraction. */
    public static FbankConfig defaults() {
        return builder().build();
    }

    /** What WeSpeaker computes before its ResNets: hamming window and per-utterance mean normalisation (CMN). */
    public static FbankConfig wespeaker() {
        return builder().window(WindowType.HAMMING).subtractMean(true).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Samples per frame (the window before zero padding). */
    public int frameLength() {
        return frameLengthSamples(sampleRate, frameLengthMs);
    }

    public int frameShift() {
        return frameLengthSamples(sampleRate, frameShiftMs);
    }

    /** FFT size: the frame length, rounded up to a power of two when asked. */
    public int fftSize() {
        int length = frameLength();
        return roundToPowerOfTwo ? Integer.highestOneBit(length - 1) << 1 : length;
    }

    /** The upper edge of the mel range in Hz ({@code highFrequency <= 0} counts back from Nyquist). */
    public double effectiveHighFrequency() {
        return highFrequency <= 0 ? highFrequency + sampleRate / 2.0 : highFrequency;
    }

    /** Frames produced from {@code samples} samples (only whole frames, as with Kaldi's snip-edges). */
    public int frameCount(long samples) {
        int length = frameLength();
        return samples < length ? 0 : Math.toIntExact(1 + (samples - length) / frameShift());
    }

    private static int frameLengthSamples(int sampleRate, double ms) {
        // Kaldi truncates (int(sample_frequency * ms / 1000)).
        return (int) (sampleRate * ms / 1000.0);
    }

    /** Holds the documented defaults; {@link #build()} validates. */
    public static final class Builder {
        private int sampleRate = 16000;
        private double frameLengthMs = 25.0;
        private double frameShiftMs = 10.0;
        private int melBins = 80;
        private WindowType window = WindowType.POVEY;
        private double preemphasis = 0.97;
        private boolean removeDcOffset = true;
        private boolean roundToPowerOfTwo = true;
        private double lowFrequency = 20.0;
        private double highFrequency = 0.0;
        private boolean usePower = true;
        private boolean useLog = true;
        private double waveformScale = 32768.0;
        private boolean subtractMean = false;

        private Builder() {
        }

        private Builder(FbankConfig c) {
            sampleRate = c.sampleRate;
            frameLengthMs = c.frameLengthMs;
            frameShiftMs = c.frameShiftMs;
            melBins = c.melBins;
            window = c.window;
            preemphasis = c.preemphasis;
            removeDcOffset = c.removeDcOffset;
            roundToPowerOfTwo = c.roundToPowerOfTwo;
            lowFrequency = c.lowFrequency;
            highFrequency = c.highFrequency;
            usePower = c.usePower;
            useLog = c.useLog;
            waveformScale = c.waveformScale;
            subtractMean = c.subtractMean;
        }

        public Builder sampleRate(int hz) { sampleRate = hz; return this; }
        public Builder frameLengthMs(double ms) { frameLengthMs = ms; return this; }
        public Builder frameShiftMs(double ms) { frameShiftMs = ms; return this; }
        public Builder melBins(int bins) { melBins = bins; return this; }
        public Builder window(WindowType type) { window = type; return this; }
        public Builder preemphasis(double coefficient) { preemphasis = coefficient; return this; }
        public Builder removeDcOffset(boolean remove) { removeDcOffset = remove; return this; }
        public Builder roundToPowerOfTwo(boolean round) { roundToPowerOfTwo = round; return this; }
        public Builder lowFrequency(double hz) { lowFrequency = hz; return this; }
        /** Upper mel edge in Hz; zero or negative counts back from Nyquist. */
        public Builder highFrequency(double hz) { highFrequency = hz; return this; }
        public Builder usePower(boolean power) { usePower = power; return this; }
        public Builder useLog(boolean log) { useLog = log; return this; }
        /** Factor applied to samples first: 32768 turns [-1, 1] floats into Kaldi's 16-bit range; 1 keeps them. */
        public Builder waveformScale(double scale) { waveformScale = scale; return this; }
        /** Per-utterance cepstral mean normalisation: subtract each segment's mean over its frames. */
        public Builder subtractMean(boolean subtract) { subtractMean = subtract; return this; }

        public FbankConfig build() {
            return new FbankConfig(sampleRate, frameLengthMs, frameShiftMs, melBins, window, preemphasis,
                removeDcOffset, roundToPowerOfTwo, lowFrequency, highFrequency, usePower, useLog, waveformScale,
                subtractMean);
        }
    }
}
