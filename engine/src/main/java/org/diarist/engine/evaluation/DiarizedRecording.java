package org.diarist.engine.evaluation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.pipeline.DiarizationResult;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the system under test said about one recording, and what it cost.
 *
 * @param hypothesis   who spoke when
 * @param duration     length of the recording in seconds
 * @param stageSeconds wall seconds per pipeline stage, in pipeline order (e.g. {@code segmentation → 4.1})
 */
public record DiarizedRecording(Annotation hypothesis, double duration, Map<String, Double> stageSeconds) {

    public DiarizedRecording {
        if (!(duration >= 0)) {
            throw new IllegalArgumentException("duration must be non-negative: " + duration);
        }
        stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    /** The pipeline's result: its turns, the recording's length and each stage's time under its key. */
    public static DiarizedRecording of(DiarizationResult result) {
        Map<String, Double> stages = new LinkedHashMap<>();
        result.timings().forEach((stage, seconds) -> stages.put(stage.key(), seconds));
        return new DiarizedRecording(result.annotation(), result.duration(), stages);
    }

    /** Wall seconds of all stages together. */
    public double totalSeconds() {
        return stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
