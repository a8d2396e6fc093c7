package org.diarist.engine.annotation;

import java.util.Comparator;
import java.util.Objects;

/** One labelled segment of an {@link Annotation}: a speaker talking over a span of time. */
public record Track(Segment segment, String label) implements Comparable<Track> {

    private static final Comparator<Track> ORDER =
        Comparator.comparing(Track::segment).thenComparing(Track::label);

    public Track {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(label, "label");
    }

    public static Track of(double start, double end, String label) {
        return new Track(new Segment(start, end), label);
    }

    public double start() {
        return segment.start();
    }

    public double end() {
        return segment.end();
    }

    @Override
    public int compareTo(Track other) {
        return ORDER.compare(this, other);
    }
}
