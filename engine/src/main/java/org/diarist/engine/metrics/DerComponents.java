package org.diarist.engine.metrics;

/**
 * The seconds that make up a diarization error rate. With overlapping speech each reference speaker counts, so
 * {@code referenceSpeech} is speaker-time: two people talking for one second count two seconds.
 *
 * @param referenceSpeech scored reference speaker-time (the denominator)
 * @param missed          reference speaker-time with no hypothesis speaker to cover it
 * @param falseAlarm      hypothesis speaker-time beyond the reference speakers present
 * @param confusion       speaker-time given to the wrong speaker under the optimal mapping
 */
public record DerComponents(double referenceSpeech, double missed, double falseAlarm, double confusion) {

    public static final DerComponents ZERO = new DerComponents(0, 0, 0, 0);

    public DerComponents plus(DerComponents other) {
        return new DerComponents(referenceSpeech + other.referenceSpeech, missed + other.missed,
            falseAlarm + other.falseAlarm, confusion + other.confusion);
    }

    public double errors() {
        return missed + falseAlarm + confusion;
    }

    /** Diarization error rate in percent. */
    public double der() {
        return percent(errors());
    }

    public double missedPercent() {
        return percent(missed);
    }

    public double falseAlarmPercent() {
        return percent(falseAlarm);
    }

    public double confusionPercent() {
        return percent(confusion);
    }

    /**
     * Seconds as a percentage of reference speech. With no reference speech there is nothing to divide by: any
     * error counts as 100 %, none as 0 % (dscore's convention).
     */
    private double percent(double seconds) {
        if (referenceSpeech > 0) {
            return 100.0 * seconds / referenceSpeech;
        }
        return seconds > 0 ? 100.0 : 0.0;
    }
}
