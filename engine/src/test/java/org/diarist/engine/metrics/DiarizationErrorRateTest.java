package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DER cases small enough to work out by hand. */
class DiarizationErrorRateTest {

    private static final double EPS = 1e-9;

    private static DerComponents der(ScoringProtocol protocol, Annotation ref, Annotation hyp) {
        return new DiarizationErrorRate(protocol).compute(ref, hyp, DiarizationScorer.defaultRegion(ref, hyp));
    }

    private static DerComponents full(Annotation ref, Annotation hyp) {
        return der(ScoringProtocol.FULL, ref, hyp);
    }

    @Test
    void emptyHypothesisMissesEverything() {
        DerComponents c = full(Turns.of(0, 10, "A", 5, 15, "B"), Annotation.empty("f"));
        assertEquals(20.0, c.referenceSpeech(), EPS);
        assertEquals(20.0, c.missed(), EPS);
        assertEquals(100.0, c.der(), EPS);
        assertEquals(100.0, c.missedPercent(), EPS);
        assertEquals(0.0, c.falseAlarm() + c.confusion(), EPS);
    }

    @Test
    void emptyReferenceIsAllFalseAlarm() {
        DerComponents c = full(Annotation.empty("f"), Turns.of(2, 5, "X"));
        assertEquals(0.0, c.referenceSpeech(), EPS);
        assertEquals(3.0, c.falseAlarm(), EPS);
        assertEquals(100.0, c.der(), EPS); // dscore: errors without reference speech count as 100 %
        assertEquals(0.0, full(Annotation.empty("f"), Annotation.empty("f")).der(), EPS);
    }

    @Test
    void perfectHypothesisScoresZero() {
        Annotation ref = Turns.of(0, 10, "A", 5, 15, "B", 20, 21, "C");
        assertEquals(0.0, full(ref, ref).der(), EPS);
        assertEquals(21.0, full(ref, ref).referenceSpeech(), EPS);
    }

    @Test
    void labelPermutationScoresZero() {
        Annotation ref = Turns.of(0, 10, "A", 5, 15, "B", 20, 21, "C");
        Annotation hyp = Turns.of(0, 10, "spk2", 5, 15, "spk0", 20, 21, "spk1");
        assertEquals(0.0, full(ref, hyp).der(), EPS);
    }

    @Test
    void confusionUnderTheOptimalMapping() {
        // X talks with A for 10 s and with B for 5 s, Y with B for 5 s: A→X, B→Y; B's 10-15 goes to X.
        DerComponents c = full(Turns.of(0, 10, "A", 10, 20, "B"), Turns.of(0, 15, "X", 15, 20, "Y"));
        assertEquals(5.0, c.confusion(), EPS);
        assertEquals(0.0, c.missed() + c.falseAlarm(), EPS);
        assertEquals(25.0, c.der(), EPS);
        assertEquals(25.0, c.confusionPercent(), EPS);
    }

    @Test
    void extraHypothesisSpeakerIsConfusionOrFalseAlarm() {
        // Z is unmapped: while A talks it is confusion, alone it is false alarm.
        DerComponents c = full(Turns.of(0, 10, "A"), Turns.of(0, 8, "X", 8, 12, "Z"));
        assertEquals(2.0, c.confusion(), EPS);
        assertEquals(2.0, c.falseAlarm(), EPS);
        assertEquals(40.0, c.der(), EPS);
    }

    @Test
    void collarRemovesTimeAroundEveryReferenceBoundary() {
        Annotation ref = Turns.of(0, 10, "A", 10, 20, "B");
        Annotation hyp = Turns.of(0, 11, "X", 11, 20, "Y");
        assertEquals(5.0, full(ref, hyp).der(), EPS); // 1 s confusion over 20 s
        // ±0.5 s around 0, 10 and 20: 18 s scored, 0.5 s of it (10.5-11) confused
        DerComponents half = der(new ScoringProtocol(0.5, false), ref, hyp);
        assertEquals(18.0, half.referenceSpeech(), EPS);
        assertEquals(0.5, half.confusion(), EPS);
        assertEquals(100.0 * 0.5 / 18.0, half.der(), EPS);
        // ±1 s covers the whole error
        assertEquals(0.0, der(new ScoringProtocol(1.0, false), ref, hyp).der(), EPS);
    }

    @Test
    void collarAlsoForgivesFalseAlarmNearBoundaries() {
        // hypothesis starts 0.2 s early and ends 0.2 s late
        Annotation ref = Turns.of(5, 10, "A");
        Annotation hyp = Turns.of(4.8, 10.2, "X");
        assertEquals(0.4, full(ref, hyp).falseAlarm(), EPS);
        assertEquals(0.0, der(ScoringProtocol.FAIR, ref, hyp).errors(), EPS);
        assertEquals(4.5, der(ScoringProtocol.FAIR, ref, hyp).referenceSpeech(), EPS);
    }

    @Test
    void overlappedReferenceSpeechIsScoredUnlessSkipped() {
        // A 0-10, B 6-15 overlap on 6-10; X covers everything and maps to A (10 s together vs 9 s with B).
        Annotation ref = Turns.of(0, 10, "A", 6, 15, "B");
        Annotation hyp = Turns.of(0, 15, "X");
        DerComponents full = full(ref, hyp);
        assertEquals(19.0, full.referenceSpeech(), EPS);
        assertEquals(4.0, full.missed(), EPS); // B in the overlap
        assertEquals(5.0, full.confusion(), EPS); // B alone, 10-15, given to A's X
        assertEquals(100.0 * 9 / 19, full.der(), EPS);
        DerComponents skipped = der(new ScoringProtocol(0, true), ref, hyp);
        assertEquals(11.0, skipped.referenceSpeech(), EPS);
        assertEquals(0.0, skipped.missed(), EPS);
        assertEquals(5.0, skipped.confusion(), EPS);
        assertEquals(100.0 * 5 / 11, skipped.der(), EPS);
    }

    @Test
    void forgivingCombinesCollarAndSkippedOverlap() {
        Annotation ref = Turns.of(0, 10, "A", 6, 15, "B");
        Annotation hyp = Turns.of(0, 15, "X");
        // scored: [0.25, 5.75] and [10.25, 14.75] (collars at 0, 6, 10, 15; overlap 6-10 removed)
        DerComponents c = der(ScoringProtocol.FORGIVING, ref, hyp);
        assertEquals(5.5 + 4.5, c.referenceSpeech(), EPS);
        assertEquals(4.5, c.confusion(), EPS);
    }

    @Test
    void overlappingReferenceSpeakersFoundByTheHypothesis() {
        Annotation ref = Turns.of(0, 10, "A", 5, 15, "B");
        assertEquals(0.0, full(ref, Turns.of(0, 10, "X", 5, 15, "Y")).der(), EPS);
        // only one of the two overlapping speakers found: the other is missed during the overlap
        DerComponents c = full(ref, Turns.of(0, 10, "X", 10, 15, "Y"));
        assertEquals(5.0, c.missed(), EPS);
        assertEquals(0.0, c.confusion() + c.falseAlarm(), EPS);
    }

    @Test
    void aSpeakersOwnOverlappingTurnsCountOnce() {
        DerComponents c = full(Turns.of(0, 4, "A", 3, 5, "A"), Turns.of(0, 5, "X"));
        assertEquals(5.0, c.referenceSpeech(), EPS);
        assertEquals(0.0, c.der(), EPS);
    }

    @Test
    void evaluationRegionLimitsScoring() {
        Annotation ref = Turns.of(0, 10, "A");
        Annotation hyp = Turns.of(0, 10, "X", 20, 30, "Z");
        DiarizationErrorRate der = new DiarizationErrorRate(ScoringProtocol.FULL);
        assertEquals(0.0, der.compute(ref, hyp, Timeline.of(Segment.of(0, 10))).der(), EPS);
        // without a UEM the region spans both annotations: Z is a false alarm
        assertEquals(10.0, full(ref, hyp).falseAlarm(), EPS);
        // a region cutting a turn scores only the part inside
        DerComponents cut = der.compute(ref, Annotation.empty("f"), Timeline.of(Segment.of(2, 5), Segment.of(8, 20)));
        assertEquals(5.0, cut.referenceSpeech(), EPS);
    }

    @Test
    void defaultRegionSpansReferenceAndHypothesis() {
        assertEquals(Timeline.of(Segment.of(1, 12)),
            DiarizationScorer.defaultRegion(Turns.of(3, 12, "A"), Turns.of(1, 4, "X")));
        assertEquals(Timeline.empty(), DiarizationScorer.defaultRegion(Annotation.empty("f"), Annotation.empty("f")));
    }

    @Test
    void mappingIsExposed() {
        assertEquals(java.util.Map.of("A", "X", "B", "Y"), SpeakerMapping.optimal(
            Turns.of(0, 10, "A", 10, 20, "B"), Turns.of(0, 15, "X", 15, 20, "Y"), Timeline.of(Segment.of(0, 20))));
    }
}
