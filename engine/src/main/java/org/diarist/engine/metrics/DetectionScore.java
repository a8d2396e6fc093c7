package org.diarist.engine.metrics;

/**
 * Speech activity and overlap detection against a reference, in seconds within the scored region (collar 0).
 *
 * @param uri               the recording, or {@code TOTAL}
 * @param referenceSpeech   time at least one reference speaker talks
 * @param missedSpeech      reference speech the hypothesis has as non-speech
 * @param falseAlarmSpeech  hypothesis speech where the reference has none
 * @param referenceOverlap  time two or more reference speakers talk
 * @param hypothesisOverlap time the hypothesis marks as overlapped
 * @param detectedOverlap   time both mark as overlapped
 */
public record DetectionScore(String uri, double referenceSpeech, double missedSpeech, double falseAlarmSpeech,
                             double referenceOverlap, double hypothesisOverlap, double detectedOverlap) {

    /** Missed speech in percent of reference speech (NaN without reference speech). */
    public double missedPercent() {
        return 100 * missedSpeech / referenceSpeech;
    }

    /** False-alarm speech in percent of reference speech (NaN without reference speech). */
    public double falseAlarmPercent() {
        return 100 * falseAlarmSpeech / referenceSpeech;
    }

    /** Fraction of the hypothesis's overlap that is real overlap (NaN when it marks none). */
    public double overlapPrecision() {
        return detectedOverlap / hypothesisOverlap;
    }

    /** Fraction of the reference's overlap that the hypothesis found (NaN when there is none). */
    public double overlapRecall() {
        return detectedOverlap / referenceOverlap;
    }

    /** The sums of both scores' times, under another uri. */
    public DetectionScore plus(DetectionScore other, String newUri) {
        return new DetectionScore(newUri, referenceSpeech + other.referenceSpeech,
            missedSpeech + other.missedSpeech, falseAlarmSpeech + other.falseAlarmSpeech,
            referenceOverlap + other.referenceOverlap, hypothesisOverlap + other.hypothesisOverlap,
            detectedOverlap + other.detectedOverlap);
    }
}
