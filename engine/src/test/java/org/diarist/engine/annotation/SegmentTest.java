package org.diarist.engine.annotation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentTest {

    @Test
    void measuresItself() {
        Segment segment = Segment.of(1.0, 4.0);
        assertEquals(3.0, segment.duration());
        assertEquals(2.5, segment.middle());
        assertFalse(segment.isEmpty());
        assertTrue(Segment.of(2.0, 2.0).isEmpty());
    }

    @Test
    void rejectsReversedOrNonFiniteBounds() {
        assertThrows(IllegalArgumentException.class, () -> Segment.of(2.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Segment.of(Double.NaN, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Segment.of(0.0, Double.POSITIVE_INFINITY));
    }

    @Test
    void containsIsHalfOpen() {
        Segment segment = Segment.of(1.0, 2.0);
        assertTrue(segment.contains(1.0));
        assertFalse(segment.contains(2.0));
        assertTrue(segment.contains(Segment.of(1.0, 2.0)));
        assertFalse(segment.contains(Segment.of(0.5, 1.5)));
    }

    @Test
    void touchingSegmentsDoNotIntersect() {
        assertFalse(Segment.of(0, 1).intersects(Segment.of(1, 2)));
        assertTrue(Segment.of(0, 1.5).intersects(Segment.of(1, 2)));
        assertTrue(Segment.of(0, 1).intersection(Segment.of(1, 2)).isEmpty());
        assertTrue(Segment.of(0, 1).intersection(Segment.of(3, 4)).isEmpty());
    }

    @Test
    void setOperations() {
        Segment a = Segment.of(0, 2);
        Segment b = Segment.of(1, 5);
        assertEquals(Segment.of(1, 2), a.intersection(b));
        assertEquals(Segment.of(0, 5), a.span(b));
        assertEquals(Segment.of(2, 3), a.gap(Segment.of(3, 4)));
        assertEquals(Segment.of(2, 3), Segment.of(3, 4).gap(a));
        assertTrue(a.gap(b).isEmpty());
        assertEquals(Segment.of(10, 12), a.shift(10));
    }

    @Test
    void ordersByStartThenEnd() {
        assertTrue(Segment.of(0, 5).compareTo(Segment.of(1, 2)) < 0);
        assertTrue(Segment.of(1, 2).compareTo(Segment.of(1, 3)) < 0);
        assertEquals(0, Segment.of(1, 2).compareTo(Segment.of(1, 2)));
    }
}
