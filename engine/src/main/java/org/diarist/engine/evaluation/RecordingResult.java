package org.diarist.engine.evaluation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recording of an evaluation: its reference and hypothesis, the scored region, its scores under each
 * protocol, the time of each pipeline stage and the memory the run needed.
 *
 * @param recording the manifest line
 * @param reference the reference turns of the recording
 * @param evaluated the scored region: the UEM's, else from the first to the last turn of either annotation
 * @param diarized  the hypothesis and the stage timings
 * @param scores    score per protocol, in {@link BenchmarkRunner#PROTOCOLS} order
 * @param memory    peak memory while this recording was diarized
 */
public record RecordingResult(BenchmarkManifest.Recording recording, Annotation reference, Timeline evaluated,
                              DiarizedRecording diarized, Map<ScoringProtocol, Score> scores, MemoryPeak memory) {

    public RecordingResult {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public String uri() {
        return recording.uri();
    }

    public Annotation hypothesis() {
        return diarized.hypothesis();
    }

    /** Length of the recording in seconds. */
    public double duration() {
        return diarized.duration();
    }

    public Score score(ScoringProtocol protocol) {
        Score score = scores.get(protocol);
        if (score == null) {
            throw new IllegalArgumentException("not scored under " + protocol.describe());
        }
        return score;
    }
}
