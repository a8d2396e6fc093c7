package org.diarist.engine.vad;

/**
 * How frame probabilities become speech regions (the rules of Silero's {@code get_speech_timestamps}):
 * speech starts at a frame whose probability reaches {@code onset}; once started it goes on until the
 * probability stays below {@code offset} for at least {@code minSilence} seconds (dips that do not last
 * that long are bridged, and probabilities between offset and onset neither start nor end speech);
 * regions shorter than {@code minSpeech} are dropped; each region is then widened by {@code padding} on both
 * sides, and where two padded regions would overlap the silence between them is split in its middle.
 */
public record SpeechRegionConfig(double onset, double offset, double minSpeech, double minSilence, double padding) {

    public SpeechRegionConfig {
        if (!(onset > 0 && onset <= 1)) {
            throw new IllegalArgumentException("onset threshold must be in (0, 1]: " + onset);
        }
        if (!(offset >= 0 && offset <= onset)) {
            throw new IllegalArgumentException("offset threshold must be in [0, onset=" + onset + "]: " + offset);
        }
        if (!(minSpeech >= 0) || !(minSilence >= 0) || !(padding >= 0)) {
            throw new IllegalArgumentException("durations must be >= 0 s: min speech " + minSpeech
                + ", min silence " + minSilence + ", padding " + padding);
        }
    }

    /** Silero's defaults: onset 0.5, offset 0.35, 250 ms min speech, 100 ms min silence, 30 ms padding. */
    public static SpeechRegionConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults in one place; an unset offset follows the onset (onset - 0.15, at least 0.01). */
    public static final class Builder {
        private double onset = 0.5;
        private double offset = Double.NaN;
        private double minSpeech = 0.25;
        private double minSilence = 0.1;
        private double padding = 0.03;

        private Builder() {
        }

        /** Probability at which speech starts (Silero's {@code threshold}). */
        public Builder onset(double probability) { onset = probability; return this; }
        /** Probability under which speech may end (Silero's {@code neg_threshold}). */
        public Builder offset(double probability) { offset = probability; return this; }
        public Builder minSpeech(double seconds) { minSpeech = seconds; return this; }
        public Builder minSilence(double seconds) { minSilence = seconds; return this; }
        public Builder padding(double seconds) { padding = seconds; return this; }

        public SpeechRegionConfig build() {
            double effectiveOffset = Double.isNaN(offset) ? Math.max(onset - 0.15, 0.01) : offset;
            return new SpeechRegionConfig(onset, Math.min(effectiveOffset, onset), minSpeech, minSilence, padding);
        }
    }
}
