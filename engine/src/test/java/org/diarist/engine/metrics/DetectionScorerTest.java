package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetectionScorerTest {

    // A talks [0, 4), B talks [3, 6): speech [0, 6), overlap [3, 4).
    private final Annotation reference = Annotation.builder("r").add(0, 4, "A").add(3, 6, "B").build();

    @Test
    void missedAndFalseAlarmSpeechAgainstTheUnionOfReferenceSpeakers() {
        Timeline speech = Timeline.of(new Segment(1, 5), new Segment(7, 8));
        DetectionScore score = DetectionScorer.score(reference, speech, Timeline.empty(), Timeline.of(new Segment(0, 10)));
        assertEquals(6, score.referenceSpeech(), 1e-9);
        assertEquals(2, score.missedSpeech(), 1e-9);      // [0, 1) and [5, 6)
        assertEquals(1, score.falseAlarmSpeech(), 1e-9);  // [7, 8)
        assertEquals(100 * 2 / 6.0, score.missedPercent(), 1e-9);
        assertEquals(1, score.referenceOverlap(), 1e-9);
        assertEquals(0, score.overlapRecall(), 1e-9);
        assertEquals(Double.NaN, score.overlapPrecision());
    }

    @Test
    void overlapPrecisionAndRecall() {
        Timeline overlap = Timeline.of(new Segment(3.5, 4.5));
        DetectionScore score = DetectionScorer.score(reference, Timeline.of(new Segment(0, 6)), overlap,
            Timeline.of(new Segment(0, 10)));
        assertEquals(0.5, score.overlapPrecision(), 1e-9);
        assertEquals(0.5, score.overlapRecall(), 1e-9);
        assertEquals(0, score.missedSpeech(), 1e-9);
        assertEquals(0, score.falseAlarmSpeech(), 1e-9);
    }

    @Test
    void onlyTheEvaluatedRegionCountsAndTotalsAddTimes() {
        Timeline speech = Timeline.of(new Segment(0, 10));
        DetectionScore score = DetectionScorer.score(reference, speech, Timeline.empty(), Timeline.of(new Segment(2, 8)));
        assertEquals(4, score.referenceSpeech(), 1e-9);
        assertEquals(2, score.falseAlarmSpeech(), 1e-9);
        DetectionScore total = score.plus(score, "TOTAL");
        assertEquals(8, total.referenceSpeech(), 1e-9);
        assertEquals(50, total.falseAlarmPercent(), 1e-9);
    }
}
