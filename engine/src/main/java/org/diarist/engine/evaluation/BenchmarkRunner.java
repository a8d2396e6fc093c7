package org.diarist.engine.evaluation;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.annotation.format.Uem;
import org.diarist.engine.metrics.DiarizationScorer;
import org.diarist.engine.metrics.EvaluationReport;
import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an evaluation: diarizes each recording of a manifest in turn (measuring its peak memory), then scores all of
 * them under the {@link #PROTOCOLS Full, Fair and Forgiving} protocols. References and UEMs are read once per file,
 * however many recordings share them.
 */
public final class BenchmarkRunner {

    /** The protocols every report gives, in this order. */
    public static final List<ScoringProtocol> PROTOCOLS =
        List.of(ScoringProtocol.FULL, ScoringProtocol.FAIR, ScoringProtocol.FORGIVING);

    /** Hears which recording is being diarized (for progress output). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** Recording {@code index} (0-based) of {@code count} is about to be diarized. */
        default void starting(int index, int count, BenchmarkManifest.Recording recording) {
        }

        /** Recording {@code index} is diarized. */
        default void finished(int index, int count, DiarizedRecording diarized) {
        }
    }

    private final RecordingDiarizer diarizer;
    private final Map<Path, Map<String, Annotation>> references = new HashMap<>();
    private final Map<Path, Map<String, Timeline>> regions = new HashMap<>();

    public BenchmarkRunner(RecordingDiarizer diarizer) {
        this.diarizer = diarizer;
    }

    public BenchmarkReport run(BenchmarkManifest manifest, BenchmarkContext context, Listener listener) {
        List<BenchmarkManifest.Recording> recordings = manifest.recordings();
        // References and regions first: a wrong uri is reported before any time is spent diarizing.
        Map<String, Annotation> referenceByUri = new LinkedHashMap<>();
        Map<String, Timeline> evaluated = new HashMap<>();
        for (BenchmarkManifest.Recording recording : recordings) {
            referenceByUri.put(recording.uri(), reference(recording));
            if (recording.uem().isPresent()) {
                evaluated.put(recording.uri(), region(recording));
            }
        }
        Map<String, DiarizedRecording> diarized = new LinkedHashMap<>();
        Map<String, MemoryPeak> memory = new HashMap<>();
        for (int i = 0; i < recordings.size(); i++) {
            BenchmarkManifest.Recording recording = recordings.get(i);
            listener.starting(i, recordings.size(), recording);
            MemoryProbe.reset();
            DiarizedRecording result = diarizer.diarize(recording.audio());
            memory.put(recording.uri(), MemoryProbe.peak());
            // The hypothesis is scored as this recording whatever name the system gave it.
            diarized.put(recording.uri(), new DiarizedRecording(result.hypothesis().withUri(recording.uri()),
                result.duration(), result.stageSeconds()));
            listener.finished(i, recordings.size(), result);
        }

        Map<String, Annotation> hypotheses = new HashMap<>();
        diarized.forEach((uri, result) -> hypotheses.put(uri, result.hypothesis()));
        for (BenchmarkManifest.Recording recording : recordings) {
            String uri = recording.uri();
            evaluated.computeIfAbsent(uri,
                missing -> DiarizationScorer.defaultRegion(referenceByUri.get(uri), hypotheses.get(uri)));
        }
        Map<String, Map<ScoringProtocol, Score>> fileScores = new HashMap<>();
        Map<ScoringProtocol, Score> overall = new LinkedHashMap<>();
        for (ScoringProtocol protocol : PROTOCOLS) {
            EvaluationReport scored = new DiarizationScorer(protocol).score(referenceByUri, hypotheses, evaluated);
            for (Score score : scored.files()) {
                fileScores.computeIfAbsent(score.uri(), uri -> new LinkedHashMap<>()).put(protocol, score);
            }
            overall.put(protocol, scored.total());
        }

        List<RecordingResult> files = new ArrayList<>();
        for (BenchmarkManifest.Recording recording : recordings) {
            String uri = recording.uri();
            files.add(new RecordingResult(recording, referenceByUri.get(uri), evaluated.get(uri), diarized.get(uri),
                fileScores.get(uri), memory.get(uri)));
        }
        return new BenchmarkReport(context, files, overall);
    }

    private Annotation reference(BenchmarkManifest.Recording recording) {
        Map<String, Annotation> byUri = references.computeIfAbsent(recording.reference(), Rttm::read);
        Annotation reference = byUri.get(recording.uri());
        if (reference == null) {
            throw new InvalidInputException(recording.reference(), "no turns of recording '" + recording.uri()
                + "' (uris in the file: " + String.join(", ", byUri.keySet()) + ")");
        }
        return reference;
    }

    private Timeline region(BenchmarkManifest.Recording recording) {
        Path uem = recording.uem().orElseThrow();
        Map<String, Timeline> byUri = regions.computeIfAbsent(uem, Uem::read);
        Timeline region = byUri.get(recording.uri());
        if (region == null) {
            throw new InvalidInputException(uem, "no regions of recording '" + recording.uri()
                + "' (uris in the file: " + String.join(", ", byUri.keySet()) + ")");
        }
        return region;
    }
}
