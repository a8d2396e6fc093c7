package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JaccardErrorRateTest {

    private static final double EPS = 1e-9;
    private static final Timeline REGION = Timeline.of(Segment.of(0, 30));

    private final JaccardErrorRate jer = new JaccardErrorRate();

    @Test
    void perfectAndPermutedHypothesesScoreZero() {
        Annotation ref = Turns.of(0, 10, "A", 5, 15, "B");
        assertEquals(0.0, jer.compute(ref, ref, REGION).jer(), EPS);
        assertEquals(0.0, jer.compute(ref, ref.relabel(java.util.Map.of("A", "B", "B", "A")), REGION).jer(), EPS);
    }

    @Test
    void perSpeakerJaccardAveragedOverReferenceSpeakers() {
        // A-X: 1 - 5/10; B unpaired: 1
        JaccardErrorRate.FileJer file = jer.compute(Turns.of(0, 10, "A", 10, 20, "B"), Turns.of(0, 5, "X"), REGION);
        assertEquals(List.of(50.0, 100.0), file.speakerErrors());
        assertEquals(75.0, file.jer(), EPS);
    }

    @Test
    void unionIncludesHypothesisSpeechOutsideTheReference() {
        // A 0-10, X 5-20: intersection 5, union 20
        assertEquals(75.0, jer.compute(Turns.of(0, 10, "A"), Turns.of(5, 20, "X"), REGION).jer(), EPS);
    }

    @Test
    void emptySidesFollowDscore() {
        Annotation ref = Turns.of(0, 10, "A", 10, 20, "B");
        Annotation none = Annotation.empty("f");
        assertEquals(List.of(100.0, 100.0), jer.compute(ref, none, REGION).speakerErrors());
        assertEquals(100.0, jer.compute(none, ref, REGION).jer(), EPS);
        assertEquals(List.of(), jer.compute(none, ref, REGION).speakerErrors());
        assertEquals(0.0, jer.compute(none, none, REGION).jer(), EPS);
    }

    @Test
    void overallAveragesAllReferenceSpeakers() {
        assertEquals(40.0, JaccardErrorRate.overall(List.of(0.0, 60.0, 60.0), 3, 2), EPS);
        assertEquals(100.0, JaccardErrorRate.overall(List.of(), 0, 2), EPS);
        assertEquals(100.0, JaccardErrorRate.overall(List.of(100.0), 1, 0), EPS);
        assertEquals(0.0, JaccardErrorRate.overall(List.of(), 0, 0), EPS);
    }

    @Test
    void framesFollowDscoreRounding() {
        // On 10 ms frames [0.001, 0.019) holds only frame 1 (t = 0.01) and [0.001, 0.021) frames 1 and 2.
        Annotation ref = Turns.of(0.001, 0.021, "A");
        Annotation hyp = Turns.of(0.001, 0.019, "X");
        assertEquals(50.0, jer.compute(ref, hyp, REGION).jer(), EPS);
    }
}
