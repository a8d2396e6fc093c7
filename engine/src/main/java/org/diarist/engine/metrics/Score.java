package org.diarist.engine.metrics;

/**
 * The scores of one recording, or of many taken together.
 *
 * @param uri                the recording, or {@code TOTAL}
 * @param components         the seconds that make up the DER
 * @param jer                Jaccard error rate in percent
 * @param referenceSpeakers  speakers talking in the reference within the evaluated region
 * @param hypothesisSpeakers speakers talking in the hypothesis within the evaluated region
 */
public record Score(String uri, DerComponents components, double jer, int referenceSpeakers,
                    int hypothesisSpeakers) {

    /** Diarization error rate in percent. */
    public double der() {
        return components.der();
    }

    public double missed() {
        return components.missedPercent();
    }

    public double falseAlarm() {
        return components.falseAlarmPercent();
    }

    public double confusion() {
        return components.confusionPercent();
    }

    /** Scored reference speaker-time in seconds. */
    public double referenceSpeech() {
        return components.referenceSpeech();
    }
}
