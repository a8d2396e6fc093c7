package org.diarist.engine.pipeline;

/**
 * What happens to each speaker's frames before they become turns: gaps shorter than {@code minDurationOff}
 * seconds between two turns of the same speaker are filled, turns shorter than {@code minDurationOn} are dropped;
 * with {@code exclusive}, at most one speaker talks at any time (the one the model is surest of), as needed to
 * align ASR words with speakers. Defaults are in {@link Builder}.
 */
public record PostProcessingConfig(double minDurationOn, double minDurationOff, boolean exclusive) {

    public PostProcessingConfig {
        if (!(minDurationOn >= 0) || !(minDurationOff >= 0)
                || !Double.isFinite(minDurationOn) || !Double.isFinite(minDurationOff)) {
            throw new IllegalArgumentException("minimum durations must be >= 0 s: on " + minDurationOn
                + ", off " + minDurationOff);
        }
    }

    public static PostProcessingConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().minDurationOn(minDurationOn).minDurationOff(minDurationOff).exclusive(exclusive);
    }

    /** Defaults in one place: no minimum durations (pyannote 3.1's), overlapping speakers kept. */
    public static final class Builder {
        private double minDurationOn = 0.0;
        private double minDurationOff = 0.0;
        private boolean exclusive = false;

        private Builder() {
        }

        public Builder minDurationOn(double seconds) { minDurationOn = seconds; return this; }
        public Builder minDurationOff(double seconds) { minDurationOff = seconds; return this; }
        public Builder exclusive(boolean value) { exclusive = value; return this; }

        public PostProcessingConfig build() {
            return new PostProcessingConfig(minDurationOn, minDurationOff, exclusive);
        }
    }
}
