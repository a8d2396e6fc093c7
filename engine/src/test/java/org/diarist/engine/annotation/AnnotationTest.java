package org.diarist.engine.annotation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationTest {

    /** A speaks 0-4 and 3-5 (self-overlap), B 2-6 overlapping A, C 8-9. */
    private static Annotation meeting() {
        return Annotation.builder("meeting")
            .add(8, 9, "C")
            .add(2, 6, "B")
            .add(0, 4, "A")
            .add(3, 5, "A")
            .build();
    }

    @Test
    void keepsOverlappingSpeakersSortedByTime() {
        Annotation annotation = meeting();
        assertEquals(List.of(Track.of(0, 4, "A"), Track.of(2, 6, "B"), Track.of(3, 5, "A"), Track.of(8, 9, "C")),
            annotation.tracks());
        assertEquals(List.of("A", "B", "C"), annotation.labels());
    }

    @Test
    void speechPerLabelCountsSelfOverlapOnce() {
        Annotation annotation = meeting();
        assertEquals(5.0, annotation.speech("A"));
        assertEquals(Map.of("A", 5.0, "B", 4.0, "C", 1.0), annotation.speechByLabel());
        assertEquals(0.0, annotation.speech("nobody"));
        assertEquals(7.0, annotation.timeline().duration());
        assertEquals(Segment.of(0, 9), annotation.extent());
    }

    @Test
    void timelinePerLabel() {
        assertEquals(Timeline.of(Segment.of(0, 4), Segment.of(3, 5)), meeting().timeline("A"));
        assertEquals(List.of("A", "B", "C"), List.copyOf(meeting().timelinesByLabel().keySet()));
    }

    @Test
    void relabelRenamesMappedLabelsOnly() {
        Annotation relabelled = meeting().relabel(Map.of("A", "alice", "B", "alice"));
        assertEquals(List.of("C", "alice"), relabelled.labels());
        assertEquals(6.0, relabelled.speech("alice"));
    }

    @Test
    void cropCutsTurnsAtTheFocus() {
        Annotation cropped = meeting().crop(Segment.of(4.5, 8.5));
        assertEquals(List.of(Track.of(4.5, 5, "A"), Track.of(4.5, 6, "B"), Track.of(8, 8.5, "C")), cropped.tracks());
        assertEquals("meeting", cropped.uri());
    }

    @Test
    void supportMergesWithinALabelOnly() {
        Annotation annotation = Annotation.builder("x")
            .add(0, 1, "A").add(1.2, 2, "A").add(1, 1.1, "B").build();
        assertEquals(List.of(Track.of(0, 2, "A"), Track.of(1, 1.1, "B")), annotation.support(0.5).tracks());
        assertEquals(3, annotation.support().size());
    }

    @Test
    void emptySegmentsAreDropped() {
        assertTrue(Annotation.builder("x").add(1, 1, "A").build().isEmpty());
        assertTrue(Annotation.empty("x").labels().isEmpty());
    }
}
