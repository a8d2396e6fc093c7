package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The turns of each speaker of an annotation, indexed by speaker, with a speaker's own overlapping turns merged
 * (as dscore does before scoring). Touching turns stay apart: their shared boundary still gets a collar.
 */
final class SpeakerTurns {

    private final List<String> labels;
    private final List<List<Segment>> turns;

    private SpeakerTurns(List<String> labels, List<List<Segment>> turns) {
        this.labels = labels;
        this.turns = turns;
    }

    static SpeakerTurns of(Annotation annotation) {
        List<String> labels = new ArrayList<>();
        List<List<Segment>> turns = new ArrayList<>();
        for (Map.Entry<String, Timeline> entry : annotation.timelinesByLabel().entrySet()) {
            labels.add(entry.getKey());
            turns.add(mergeOverlapping(entry.getValue()));
        }
        return new SpeakerTurns(List.copyOf(labels), List.copyOf(turns));
    }

    private static List<Segment> mergeOverlapping(Timeline timeline) {
        List<Segment> merged = new ArrayList<>();
        for (Segment segment : timeline) {
            int last = merged.size() - 1;
            if (last >= 0 && segment.start() < merged.get(last).end()) {
                merged.set(last, merged.get(last).span(segment));
            } else {
                merged.add(segment);
            }
        }
        return List.copyOf(merged);
    }

    int speakers() {
        return labels.size();
    }

    String label(int speaker) {
        return labels.get(speaker);
    }

    List<String> labels() {
        return labels;
    }

    List<Segment> turns(int speaker) {
        return turns.get(speaker);
    }

    /** Every turn of every speaker. */
    List<Segment> allTurns() {
        List<Segment> all = new ArrayList<>();
        turns.forEach(all::addAll);
        return all;
    }

    /** Seconds during which both speakers talk. */
    static double overlap(List<Segment> a, List<Segment> b) {
        double total = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            total += a.get(i).intersection(b.get(j)).duration();
            if (a.get(i).end() < b.get(j).end()) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }
}
