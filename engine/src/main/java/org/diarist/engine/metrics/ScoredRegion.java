package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The time DER is computed on: the evaluation region minus collars and, if asked, overlapped reference speech. */
final class ScoredRegion {

    private ScoredRegion() {
    }

    static Timeline of(Timeline evaluated, SpeakerTurns reference, ScoringProtocol protocol) {
        Timeline scored = evaluated.support();
        if (protocol.collar() > 0) {
            scored = scored.minus(collars(reference, protocol.collar()));
        }
        if (protocol.skipOverlap()) {
            scored = scored.minus(overlappedSpeech(reference));
        }
        return scored;
    }

    /** {@code ±collar} around the start and end of every reference turn. */
    private static Timeline collars(SpeakerTurns reference, double collar) {
        List<Segment> zones = new ArrayList<>();
        for (Segment turn : reference.allTurns()) {
            zones.add(new Segment(turn.start() - collar, turn.start() + collar));
            zones.add(new Segment(turn.end() - collar, turn.end() + collar));
        }
        return Timeline.of(zones);
    }

    /** Where two or more reference turns are under way at once (turns that only touch do not overlap). */
    static Timeline overlappedSpeech(SpeakerTurns reference) {
        List<Segment> turns = reference.allTurns();
        double[] starts = new double[turns.size()];
        double[] ends = new double[turns.size()];
        for (int i = 0; i < turns.size(); i++) {
            starts[i] = turns.get(i).start();
            ends[i] = turns.get(i).end();
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        List<Segment> overlapped = new ArrayList<>();
        int active = 0;
        double overlapStart = 0;
        int s = 0;
        int e = 0;
        while (s < starts.length) {
            // At equal times ends come first, so back-to-back turns are not an overlap.
            if (ends[e] <= starts[s]) {
                if (active-- == 2) {
                    overlapped.add(new Segment(overlapStart, ends[e]));
                }
                e++;
            } else {
                if (++active == 2) {
                    overlapStart = starts[s];
                }
                s++;
            }
        }
        while (e < ends.length) {
            if (active-- == 2) {
                overlapped.add(new Segment(overlapStart, ends[e]));
            }
            e++;
        }
        return Timeline.of(overlapped);
    }
}
