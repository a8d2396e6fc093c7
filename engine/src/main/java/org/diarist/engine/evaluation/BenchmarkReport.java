package org.diarist.engine.evaluation;

import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation of a system on a manifest's recordings: per recording and overall, DER under each protocol with its
 * parts, JER, speaker counts, real-time factor per stage and peak memory.
 *
 * @param context what ran, where
 * @param files   one result per recording, in manifest order
 * @param overall the scores over all recordings per protocol (DER time-weighted, JER averaged over speakers, speaker
 *                counts summed)
 */
public record BenchmarkReport(BenchmarkContext context, List<RecordingResult> files, Map<ScoringProtocol, Score> overall) {

    public BenchmarkReport {
        files = List.copyOf(files);
        overall = Collections.unmodifiableMap(new LinkedHashMap<>(overall));
    }

    public List<ScoringProtocol> protocols() {
        return List.copyOf(overall.keySet());
    }

    /** Seconds of audio evaluated. */
    public double totalDuration() {
        return files.stream().mapToDouble(RecordingResult::duration).sum();
    }

    /** Wall seconds per stage over all recordings, in pipeline order. */
    public Map<String, Double> stageSeconds() {
        Map<String, Double> total = new LinkedHashMap<>();
        for (RecordingResult file : files) {
            file.diarized().stageSeconds().forEach((stage, seconds) -> total.merge(stage, seconds, Double::sum));
        }
        return total;
    }

    /** Wall seconds of all stages over all recordings. */
    public double totalSeconds() {
        return files.stream().mapToDouble(file -> file.diarized().totalSeconds()).sum();
    }

    /** The largest peaks of any recording. */
    public MemoryPeak peakMemory() {
        return files.stream().map(RecordingResult::memory)
            .reduce(new MemoryPeak(0, MemoryPeak.UNKNOWN), MemoryPeak::max);
    }

    /** Recordings where the system found as many speakers as the reference has (in the scored region). */
    public long filesWithRightSpeakerCount() {
        ScoringProtocol any = protocols().get(0);
        return files.stream()
            .filter(file -> file.score(any).referenceSpeakers() == file.score(any).hypothesisSpeakers())
            .count();
    }

    /** Processing seconds per second of audio: below 1 is faster than real time. */
    public static double realTimeFactor(double seconds, double audioSeconds) {
        return audioSeconds > 0 ? seconds / audioSeconds : Double.NaN;
    }
}
