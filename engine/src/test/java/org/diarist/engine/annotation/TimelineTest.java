package org.diarist.engine.annotation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {

    private static Timeline timeline(double... bounds) {
        Segment[] segments = new Segment[bounds.length / 2];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = Segment.of(bounds[2 * i], bounds[2 * i + 1]);
        }
        return Timeline.of(segments);
    }

    @Test
    void sortsDeduplicatesAndDropsEmptySegments() {
        Timeline timeline = timeline(5, 6, 1, 3, 1, 3, 2, 2, 1, 2);
        assertEquals(List.of(Segment.of(1, 2), Segment.of(1, 3), Segment.of(5, 6)), timeline.segments());
    }

    @Test
    void supportMergesOverlappingAndTouchingSegments() {
        assertEquals(timeline(0, 4, 5, 6), timeline(0, 2, 1, 3, 3, 4, 5, 6).support());
    }

    @Test
    void supportWithGapToleranceMergesShortGapsOnly() {
        Timeline timeline = timeline(0, 1, 1.4, 2, 3, 4);
        assertEquals(timeline(0, 2, 3, 4), timeline.support(0.5));
        assertEquals(timeline(0, 1, 1.4, 2, 3, 4), timeline.support(0.3));
        assertEquals(timeline(0, 4), timeline.support(1.01));
    }

    @Test
    void durationCountsOverlapsOnce() {
        assertEquals(4.0, timeline(0, 2, 1, 3, 5, 6).duration(), 1e-12);
        assertEquals(0.0, Timeline.empty().duration());
    }

    @Test
    void extentSpansEverySegment() {
        assertEquals(Segment.of(1, 9), timeline(1, 9, 2, 3).extent());
        assertEquals(Segment.of(1, 9), timeline(1, 2, 4, 9, 5, 6).extent());
        assertTrue(Timeline.empty().extent().isEmpty());
    }

    @Test
    void unionKeepsSegmentsDistinct() {
        assertEquals(timeline(0, 2, 1, 3, 5, 6), timeline(0, 2, 5, 6).union(timeline(1, 3)));
    }

    @Test
    void intersectionIsTheTimeCoveredByBoth() {
        Timeline a = timeline(0, 2, 1, 4, 6, 8);
        Timeline b = timeline(3, 7, 7.5, 10);
        assertEquals(timeline(3, 4, 6, 7, 7.5, 8), a.intersection(b));
        assertEquals(Timeline.empty(), a.intersection(timeline(4, 6)));
    }

    @Test
    void minusRemovesCoveredTime() {
        Timeline a = timeline(0, 10);
        assertEquals(timeline(0, 1, 2, 3, 4, 10), a.minus(timeline(1, 2, 3, 4)));
        assertEquals(timeline(0, 10), a.minus(timeline(10, 12)));
        assertEquals(Timeline.empty(), a.minus(timeline(-1, 11)));
        assertEquals(timeline(2, 3, 5, 6), timeline(0, 3, 5, 8).minus(timeline(-1, 2, 6, 9)));
    }

    @Test
    void gapsInsideExtentOrFocus() {
        Timeline timeline = timeline(1, 2, 1.5, 3, 5, 6);
        assertEquals(timeline(3, 5), timeline.gaps());
        assertEquals(timeline(0, 1, 3, 5, 6, 8), timeline.gaps(Segment.of(0, 8)));
    }

    @Test
    void cropModes() {
        Timeline timeline = timeline(0, 2, 3, 5, 4, 9, 10, 12);
        Segment focus = Segment.of(1, 9);
        assertEquals(timeline(1, 2, 3, 5, 4, 9), timeline.crop(focus));
        assertEquals(timeline(3, 5, 4, 9), timeline.crop(focus, CropMode.STRICT));
        assertEquals(timeline(0, 2, 3, 5, 4, 9), timeline.crop(focus, CropMode.LOOSE));
    }

    @Test
    void cropByTimelineCutsAtEveryRegion() {
        Timeline timeline = timeline(0, 10);
        assertEquals(timeline(1, 2, 5, 7), timeline.crop(timeline(1, 2, 5, 6, 5.5, 7)));
        assertEquals(Timeline.empty(), timeline(0, 1).crop(timeline(1, 2)));
    }
}
