package org.diarist.engine.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who spoke when in one recording: labelled segments, sorted by time, where different labels may overlap
 * (overlapping speech). Immutable; build one with {@link #builder(String)} or {@link #of(String, Collection)}.
 * Empty segments are dropped, as they cover no time.
 */
public final class Annotation {

    private final String uri;
    private final List<Track> tracks;

    private Annotation(String uri, List<Track> sortedTracks) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.tracks = List.copyOf(sortedTracks);
    }

    public static Annotation empty(String uri) {
        return new Annotation(uri, List.of());
    }

    public static Annotation of(String uri, Collection<Track> tracks) {
        List<Track> sorted = new ArrayList<>(tracks.size());
        for (Track track : tracks) {
            if (!track.segment().isEmpty()) {
                sorted.add(track);
            }
        }
        Collections.sort(sorted);
        return new Annotation(uri, sorted);
    }

    public static Builder builder(String uri) {
        return new Builder(uri);
    }

    /** The recording's identifier (in RTTM, the file name without extension). */
    public String uri() {
        return uri;
    }

    /** Every labelled segment, ordered by segment then label. */
    public List<Track> tracks() {
        return tracks;
    }

    public boolean isEmpty() {
        return tracks.isEmpty();
    }

    public int size() {
        return tracks.size();
    }

    /** The distinct labels, sorted. */
    public List<String> labels() {
        TreeSet<String> labels = new TreeSet<>();
        for (Track track : tracks) {
            labels.add(track.label());
        }
        return List.copyOf(labels);
    }

    /** Every segment, whatever its label. */
    public Timeline timeline() {
        List<Segment> segments = new ArrayList<>(tracks.size());
        for (Track track : tracks) {
            segments.add(track.segment());
        }
        return Timeline.of(segments);
    }

    /** The segments of one label (empty when the label is absent). */
    public Timeline timeline(String label) {
        List<Segment> segments = new ArrayList<>();
        for (Track track : tracks) {
            if (track.label().equals(label)) {
                segments.add(track.segment());
            }
        }
        return Timeline.of(segments);
    }

    /** The segments of every label, labels sorted. */
    public Map<String, Timeline> timelinesByLabel() {
        Map<String, List<Segment>> grouped = new TreeMap<>();
        for (Track track : tracks) {
            grouped.computeIfAbsent(track.label(), label -> new ArrayList<>()).add(track.segment());
        }
        Map<String, Timeline> timelines = new LinkedHashMap<>();
        grouped.forEach((label, segments) -> timelines.put(label, Timeline.of(segments)));
        return Collections.unmodifiableMap(timelines);
    }

    /** Seconds during which {@code label} speaks (its own overlaps counted once). */
    public double speech(String label) {
        return timeline(label).duration();
    }

    /** Seconds of speech per label, labels sorted. */
    public Map<String, Double> speechByLabel() {
        Map<String, Double> speech = new LinkedHashMap<>();
        timelinesByLabel().forEach((label, timeline) -> speech.put(label, timeline.duration()));
        return Collections.unmodifiableMap(speech);
    }

    /** The smallest segment holding every track; {@code [0, 0)} when empty. */
    public Segment extent() {
        return timeline().extent();
    }

    /** The same turns with labels renamed; labels absent from {@code mapping} are kept. */
    public Annotation relabel(Map<String, String> mapping) {
        List<Track> renamed = new ArrayList<>(tracks.size());
        for (Track track : tracks) {
            renamed.add(new Track(track.segment(), mapping.getOrDefault(track.label(), track.label())));
        }
        return of(uri, renamed);
    }

    /** The same turns under another uri. */
    public Annotation withUri(String newUri) {
        return new Annotation(newUri, tracks);
    }

    /** The turns cut at the bounds of {@code focus}. */
    public Annotation crop(Segment focus) {
        return crop(Timeline.of(focus));
    }

    /** The turns cut to the time {@code focus} covers. */
    public Annotation crop(Timeline focus) {
        List<Track> cropped = new ArrayList<>();
        timelinesByLabel().forEach((label, timeline) -> {
            for (Segment segment : timeline.crop(focus)) {
                cropped.add(new Track(segment, label));
            }
        });
        return of(uri, cropped);
    }

    /**
     * Each label's segments merged where they overlap, touch or are separated by less than {@code maxGap}
     * seconds; different labels are never merged.
     */
    public Annotation support(double maxGap) {
        List<Track> merged = new ArrayList<>();
        timelinesByLabel().forEach((label, timeline) -> {
            for (Segment segment : timeline.support(maxGap)) {
                merged.add(new Track(segment, label));
            }
        });
        return of(uri, merged);
    }

    /** Each label's overlapping or touching segments merged. */
    public Annotation support() {
        return support(0.0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Annotation annotation
            && uri.equals(annotation.uri) && tracks.equals(annotation.tracks);
    }

    @Override
    public int hashCode() {
        return 31 * uri.hashCode() + tracks.hashCode();
    }

    @Override
    public String toString() {
        return "Annotation[" + uri + ", " + tracks.size() + " tracks]";
    }

    /** Collects turns in any order; {@link #build()} sorts them. */
    public static final class Builder {
        private final String uri;
        private final List<Track> tracks = new ArrayList<>();

        private Builder(String uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
        }

        public Builder add(Segment segment, String label) {
            tracks.add(new Track(segment, label));
            return this;
        }

        public Builder add(double start, double end, String label) {
            return add(new Segment(start, end), label);
        }

        public Builder add(Track track) {
            tracks.add(Objects.requireNonNull(track, "track"));
            return this;
        }

        public Annotation build() {
            return of(uri, tracks);
        }
    }
}
