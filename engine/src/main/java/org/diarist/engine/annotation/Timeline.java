package org.diarist.engine.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * An immutable, sorted set of non-empty segments that may overlap each other (like pyannote.core's Timeline).
 * Operations that talk about covered time ({@link #duration()}, {@link #intersection}, {@link #minus},
 * {@link #gaps}) work on the {@link #support() support}: the segments merged where they overlap or touch.
 */
public final class Timeline implements Iterable<Segment> {

    private static final Timeline EMPTY = new Timeline(List.of());

    private final List<Segment> segments;

    private Timeline(List<Segment> sortedDistinct) {
        this.segments = List.copyOf(sortedDistinct);
    }

    public static Timeline empty() {
        return EMPTY;
    }

    public static Timeline of(Segment... segments) {
        return of(List.of(segments));
    }

    /** The given segments, sorted, without duplicates and without empty segments. */
    public static Timeline of(Collection<Segment> segments) {
        TreeSet<Segment> sorted = new TreeSet<>();
        for (Segment segment : segments) {
            if (!segment.isEmpty()) {
                sorted.add(segment);
            }
        }
        return sorted.isEmpty() ? EMPTY : new Timeline(new ArrayList<>(sorted));
    }

    /** Wraps segments already known to be sorted, distinct, non-empty. */
    private static Timeline ofSorted(List<Segment> sortedDistinct) {
        return sortedDistinct.isEmpty() ? EMPTY : new Timeline(sortedDistinct);
    }

    public List<Segment> segments() {
        return segments;
    }

    public int size() {
        return segments.size();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    public Segment get(int index) {
        return segments.get(index);
    }

    @Override
    public Iterator<Segment> iterator() {
        return segments.iterator();
    }

    /** All segments of both timelines (not merged: overlapping segments stay distinct). */
    public Timeline union(Timeline other) {
        List<Segment> all = new ArrayList<>(segments);
        all.addAll(other.segments);
        return of(all);
    }

    /** The segments merged wherever they overlap or touch. */
    public Timeline support() {
        return support(0.0);
    }

    /**
     * The segments merged wherever they overlap, touch, or are separated by a gap shorter than
     * {@code maxGap} seconds.
     */
    public Timeline support(double maxGap) {
        if (segments.size() < 2) {
            return this;
        }
        List<Segment> merged = new ArrayList<>();
        double start = segments.get(0).start();
        double end = segments.get(0).end();
        for (int i = 1; i < segments.size(); i++) {
            Segment next = segments.get(i);
            if (next.start() <= end || next.start() - end < maxGap) {
                end = Math.max(end, next.end());
            } else {
                merged.add(new Segment(start, end));
                start = next.start();
                end = next.end();
            }
        }
        merged.add(new Segment(start, end));
        return ofSorted(merged);
    }

    /** The smallest segment holding every segment; {@code [0, 0)} for an empty timeline. */
    public Segment extent() {
        if (segments.isEmpty()) {
            return new Segment(0.0, 0.0);
        }
        double end = Double.NEGATIVE_INFINITY;
        for (Segment segment : segments) {
            end = Math.max(end, segment.end());
        }
        return new Segment(segments.get(0).start(), end);
    }

    /** Seconds covered by at least one segment (overlaps counted once). */
    public double duration() {
        double total = 0.0;
        for (Segment segment : support()) {
            total += segment.duration();
        }
        return total;
    }

    /** The time covered by both timelines, as disjoint segments. */
    public Timeline intersection(Timeline other) {
        List<Segment> a = support().segments;
        List<Segment> b = other.support().segments;
        List<Segment> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Segment common = a.get(i).intersection(b.get(j));
            if (!common.isEmpty()) {
                result.add(common);
            }
            if (a.get(i).end() < b.get(j).end()) {
                i++;
            } else {
                j++;
            }
        }
        return ofSorted(result);
    }

    /** The time covered by this timeline and not by {@code removed}, as disjoint segments. */
    public Timeline minus(Timeline removed) {
        List<Segment> holes = removed.support().segments;
        List<Segment> result = new ArrayList<>();
        int j = 0;
        for (Segment segment : support()) {
            double start = segment.start();
            while (j < holes.size() && holes.get(j).end() <= start) {
                j++;
            }
            for (int k = j; k < holes.size() && holes.get(k).start() < segment.end(); k++) {
                Segment hole = holes.get(k);
                if (hole.start() > start) {
                    result.add(new Segment(start, hole.start()));
                }
                start = Math.max(start, hole.end());
            }
            if (start < segment.end()) {
                result.add(new Segment(start, segment.end()));
            }
        }
        return ofSorted(result);
    }

    /** The uncovered time between the segments, inside {@link #extent()}. */
    public Timeline gaps() {
        return gaps(extent());
    }

    /** The time inside {@code focus} that no segment covers. */
    public Timeline gaps(Segment focus) {
        return of(focus).minus(this);
    }

    /** Segments cut at the bounds of {@code focus}. */
    public Timeline crop(Segment focus) {
        return crop(of(focus), CropMode.INTERSECTION);
    }

    public Timeline crop(Segment focus, CropMode mode) {
        return crop(of(focus), mode);
    }

    public Timeline crop(Timeline focus) {
        return crop(focus, CropMode.INTERSECTION);
    }

    /** The segments restricted to the time {@code focus} covers, in the given mode. */
    public Timeline crop(Timeline focus, CropMode mode) {
        List<Segment> regions = focus.support().segments;
        List<Segment> result = new ArrayList<>();
        for (Segment segment : segments) {
            int first = firstEndingAfter(regions, segment.start());
            boolean kept = false;
            for (int k = first; k < regions.size() && regions.get(k).start() < segment.end(); k++) {
                Segment region = regions.get(k);
                switch (mode) {
                    case INTERSECTION -> {
                        Segment part = segment.intersection(region);
                        if (!part.isEmpty()) {
                            result.add(part);
                        }
                    }
                    case STRICT -> kept |= region.contains(segment);
                    case LOOSE -> kept |= segment.intersects(region);
                }
            }
            if (kept) {
                result.add(segment);
            }
        }
        return mode == CropMode.INTERSECTION ? of(result) : ofSorted(result);
    }

    /** Index of the first of the sorted disjoint {@code regions} that ends after {@code t}. */
    private static int firstEndingAfter(List<Segment> regions, double t) {
        int lo = 0;
        int hi = regions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (regions.get(mid).end() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timeline timeline && segments.equals(timeline.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return "Timeline" + segments;
    }
}
