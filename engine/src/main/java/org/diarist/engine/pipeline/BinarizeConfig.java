package org.diarist.engine.pipeline;

/**
 * How frame scores become regions (pyannote's {@code Binarize}): a region starts where the score rises above
 * {@code onset} and ends where it falls below {@code offset} (hysteresis: scores in between change nothing);
 * then gaps shorter than {@code minDurationOff} seconds are filled and regions shorter than
 * {@code minDurationOn} seconds are dropped.
 */
public record BinarizeConfig(double onset, double offset, double minDurationOn, double minDurationOff) {

    public BinarizeConfig {
        if (!(onset >= 0 && onset <= 1) || !(offset >= 0 && offset <= onset)) {
            throw new IllegalArgumentException("thresholds need 0 <= offset <= onset <= 1: onset " + onset
                + ", offset " + offset);
        }
        if (!(minDurationOn >= 0) || !(minDurationOff >= 0)
                || !Double.isFinite(minDurationOn) || !Double.isFinite(minDurationOff)) {
            throw new IllegalArgumentException("minimum durations must be >= 0 s: on " + minDurationOn
                + ", off " + minDurationOff);
        }
    }

    /** One threshold, no minimum durations. */
    public static BinarizeConfig threshold(double threshold) {
        return new BinarizeConfig(threshold, threshold, 0, 0);
    }

    public BinarizeConfig withMinDurations(double on, double off) {
        return new BinarizeConfig(onset, offset, on, off);
    }
}
