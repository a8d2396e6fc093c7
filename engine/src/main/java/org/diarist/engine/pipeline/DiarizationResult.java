package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.Annotation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What diarization found in one recording: who spoke when ({@link #annotation()}, speakers labelled
 * {@code SPEAKER_00}, {@code SPEAKER_01}, ... in order of their first turn), each speaker's speech time and
 * centroid embedding (unit length, comparable only with embeddings of {@link #embeddingModel()}), and the wall time
 * of each stage.
 */
public final class DiarizationResult {

    private final Annotation annotation;
    private final double duration;
    private final Map<String, float[]> centroids;
    private final String embeddingModel;
    private final Map<DiarizationStage, Double> timings;
    private final StreamStatistics stream;

    public DiarizationResult(Annotation annotation, double duration, Map<String, float[]> centroids,
                             String embeddingModel, Map<DiarizationStage, Double> timings, StreamStatistics stream) {
        this.annotation = annotation;
        this.duration = duration;
        Map<String, float[]> copies = new LinkedHashMap<>();
        centroids.forEach((label, centroid) -> copies.put(label, centroid.clone()));
        this.centroids = Collections.unmodifiableMap(copies);
        this.embeddingModel = embeddingModel;
        this.timings = Map.copyOf(timings);
        this.stream = stream;
    }

    public Annotation annotation() {
        return annotation;
    }

    public String uri() {
        return annotation.uri();
    }

    /** Length of the recording in seconds. */
    public double duration() {
        return duration;
    }

    /** The speakers' labels, sorted. */
    public java.util.List<String> speakers() {
        return annotation.labels();
    }

    /** Seconds each speaker talks (own overlaps counted once), labels sorted. */
    public Map<String, Double> speechBySpeaker() {
        return annotation.speechByLabel();
    }

    /**
     * The centroid embedding of each speaker that has one (absent when the speakers were not found by clustering,
     * e.g. when no window had enough speech to embed). Arrays are copies.
     */
    public Map<String, float[]> centroids() {
        Map<String, float[]> copies = new LinkedHashMap<>();
        centroids.forEach((label, centroid) -> copies.put(label, centroid.clone()));
        return copies;
    }

    /** Id of the embedding model the centroids come from. */
    public String embeddingModel() {
        return embeddingModel;
    }

    /** Wall seconds per stage, in stage order. */
    public Map<DiarizationStage, Double> timings() {
        Map<DiarizationStage, Double> ordered = new java.util.EnumMap<>(DiarizationStage.class);
        ordered.putAll(timings);
        return ordered;
    }

    /** Wall seconds of all stages together. */
    public double totalSeconds() {
        return timings.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** What the streaming pass over the audio held (windows, buffered samples, kept results). */
    public StreamStatistics stream() {
        return stream;
    }

    @Override
    public String toString() {
        return "DiarizationResult[" + uri() + ", " + speakers().size() + " speakers, " + annotation.size() + " turns]";
    }
}
