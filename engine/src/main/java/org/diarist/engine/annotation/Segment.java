package org.diarist.engine.annotation;

/**
 * A span of time {@code [start, end)} in seconds. Segments order by start, then end; an empty segment
 * ({@code start == end}) covers no time.
 */
public record Segment(double start, double end) implements Comparable<Segment> {

    public Segment {
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("segment bounds must be finite: [" + start + ", " + end + "]");
        }
        if (end < start) {
            throw new IllegalArgumentException("segment ends before it starts: [" + start + ", " + end + "]");
        }
    }

    public static Segment of(double start, double end) {
        return new Segment(start, end);
    }

    public double duration() {
        return end - start;
    }

    public double middle() {
        return 0.5 * (start + end);
    }

    public boolean isEmpty() {
        return end <= start;
    }

    /** Whether {@code t} falls in {@code [start, end)}. */
    public boolean contains(double t) {
        return start <= t && t < end;
    }

    /** Whether {@code other} lies entirely inside this segment. */
    public boolean contains(Segment other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two segments share some time (touching ends do not count). */
    public boolean intersects(Segment other) {
        return start < other.end && other.start < end;
    }

    /** The time both segments cover; an empty segment when they do not intersect. */
    public Segment intersection(Segment other) {
        double s = Math.max(start, other.start);
        double e = Math.min(end, other.end);
        return new Segment(s, Math.max(s, e));
    }

    /** The smallest segment holding both. */
    public Segment span(Segment other) {
        return new Segment(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The time between the two segments; an empty segment when they intersect or touch. */
    public Segment gap(Segment other) {
        double s = Math.min(end, other.end);
        double e = Math.max(start, other.start);
        return e > s ? new Segment(s, e) : new Segment(s, s);
    }

    public Segment shift(double seconds) {
        return new Segment(start + seconds, end + seconds);
    }

    @Override
    public int compareTo(Segment other) {
        int byStart = Double.compare(start, other.start);
        return byStart != 0 ? byStart : Double.compare(end, other.end);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "[%.3f, %.3f)", start, end);
    }
}
