package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Diarization error rate with NIST md-eval semantics, as dscore runs it: both annotations are cut to the
 * evaluation region and each speaker's overlapping turns merged; speakers are mapped one-to-one to maximise the
 * time they talk together over the whole region; then, over the scored region (the evaluation region minus
 * collars and, optionally, overlapped reference speech), every stretch of time with {@code nRef} reference and
 * {@code nHyp} hypothesis speakers, {@code nCorrect} of them mapped pairs, adds
 * {@code max(nRef-nHyp, 0)} missed, {@code max(nHyp-nRef, 0)} false alarm and {@code min(nRef, nHyp)-nCorrect}
 * confusion, times its duration.
 *
 * <p>Exact interval arithmetic: one sweep over the sorted turn boundaries, no frames.
 */
public final class DiarizationErrorRate {

    private static final int SCORED = 0;
    private static final int REFERENCE = 1;
    private static final int HYPOTHESIS = 2;

    private final ScoringProtocol protocol;

    public DiarizationErrorRate(ScoringProtocol protocol) {
        this.protocol = protocol;
    }

    public DerComponents compute(Annotation reference, Annotation hypothesis, Timeline evaluated) {
        SpeakerTurns ref = SpeakerTurns.of(reference.crop(evaluated));
        SpeakerTurns hyp = SpeakerTurns.of(hypothesis.crop(evaluated));
        int[] hypOfRef = SpeakerMapping.pairs(ref, hyp);
        Timeline scored = ScoredRegion.of(evaluated, ref, protocol);
        return sweep(boundaries(scored, ref, hyp), ref.speakers(), hyp.speakers(), hypOfRef);
    }

    /** One change of state: a region, reference speaker or hypothesis speaker starting (+1) or ending (-1). */
    private record Boundary(double time, int kind, int speaker, int change) {
    }

    private static List<Boundary> boundaries(Timeline scored, SpeakerTurns ref, SpeakerTurns hyp) {
        List<Boundary> boundaries = new ArrayList<>();
        for (Segment region : scored) {
            boundaries.add(new Boundary(region.start(), SCORED, 0, +1));
            boundaries.add(new Boundary(region.end(), SCORED, 0, -1));
        }
        addTurns(boundaries, ref, REFERENCE);
        addTurns(boundaries, hyp, HYPOTHESIS);
        boundaries.sort((a, b) -> Double.compare(a.time, b.time));
        return boundaries;
    }

    private static void addTurns(List<Boundary> boundaries, SpeakerTurns turns, int kind) {
        for (int speaker = 0; speaker < turns.speakers(); speaker++) {
            for (Segment turn : turns.turns(speaker)) {
                boundaries.add(new Boundary(turn.start(), kind, speaker, +1));
                boundaries.add(new Boundary(turn.end(), kind, speaker, -1));
            }
        }
    }

    private static DerComponents sweep(List<Boundary> boundaries, int refSpeakers, int hypSpeakers, int[] hypOfRef) {
        int[] refOfHyp = new int[hypSpeakers];
        Arrays.fill(refOfHyp, -1);
        for (int r = 0; r < hypOfRef.length; r++) {
            if (hypOfRef[r] >= 0) {
                refOfHyp[hypOfRef[r]] = r;
            }
        }
        // Indexed by side (REFERENCE - 1 or HYPOTHESIS - 1): open turns per speaker, each speaker's mapped mate.
        int[][] active = {new int[refSpeakers], new int[hypSpeakers]};
        int[][] mateOf = {hypOfRef, refOfHyp};
        int[] talking = new int[2];
        int scoredDepth = 0;
        int nCorrect = 0; // mapped pairs both talking
        double speech = 0;
        double missed = 0;
        double falseAlarm = 0;
        double confusion = 0;
        int i = 0;
        while (i < boundaries.size()) {
            double time = boundaries.get(i).time;
            // Apply every change at this instant before scoring the stretch that follows it.
            for (; i < boundaries.size() && boundaries.get(i).time == time; i++) {
                Boundary b = boundaries.get(i);
                if (b.kind == SCORED) {
                    scoredDepth += b.change;
                    continue;
                }
                int side = b.kind - REFERENCE;
                int before = active[side][b.speaker];
                active[side][b.speaker] += b.change;
                int change = talkingChange(before, active[side][b.speaker]);
                talking[side] += change;
                int mate = mateOf[side][b.speaker];
                if (change != 0 && mate >= 0 && active[1 - side][mate] > 0) {
                    nCorrect += change;
                }
            }
            if (i == boundaries.size() || scoredDepth <= 0) {
                continue;
            }
            double duration = boundaries.get(i).time - time;
            int nRef = talking[0];
            int nHyp = talking[1];
            speech += duration * nRef;
            missed += duration * Math.max(nRef - nHyp, 0);
            falseAlarm += duration * Math.max(nHyp - nRef, 0);
            confusion += duration * (Math.min(nRef, nHyp) - nCorrect);
        }
        return new DerComponents(speech, missed, falseAlarm, confusion);
    }

    /** +1 when a speaker starts talking, -1 when they stop, 0 otherwise. */
    private static int talkingChange(int before, int after) {
        if (before == 0 && after > 0) {
            return 1;
        }
        return before > 0 && after == 0 ? -1 : 0;
    }
}
