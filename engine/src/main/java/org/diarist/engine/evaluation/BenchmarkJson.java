package org.diarist.engine.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.util.Locale;
import java.util.Map;

/**
 * {@code report.json}: <pre>{"context": {...}, "protocols": [{"name", "collar", "skip_overlap"}],
 *  "files": [{"uri", "audio", "reference", "uem", "duration",
 *             "scores": {"full": {"der", "missed", "false_alarm", "confusion", "jer", "reference_speech",
 *                                 "reference_speakers", "hypothesis_speakers"}, "fair": {...}, "forgiving": {...}},
 *             "stage_seconds": {"segmentation": s, ...}, "total_seconds",
 *             "real_time_factor": {"segmentation": rtf, ..., "total": rtf},
 *             "memory": {"heap_peak_mib", "rss_peak_mib"}}],
 *  "overall": {same keys as a file but "uri", "audio", "reference", "uem"; plus "files",
 *              "files_with_right_speaker_count"}}</pre>
 * Paths relative to the working directory, rates in percent, times in seconds, real-time factor = processing seconds per audio second, memory in MiB
 * ({@code rss_peak_mib} null where unknown).
 */
public final class BenchmarkJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchmarkJson() {
    }

    public static String render(BenchmarkReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        context(root.putObject("context"), report.context());
        ArrayNode protocols = root.putArray("protocols");
        for (ScoringProtocol protocol : report.protocols()) {
            protocols.addObject()
                .put("name", protocol.name())
                .put("collar", protocol.collar())
                .put("skip_overlap", protocol.skipOverlap());
        }
        ArrayNode files = root.putArray("files");
        for (RecordingResult file : report.files()) {
            ObjectNode node = files.addObject();
            node.put("uri", file.uri());
            node.put("audio", DisplayPath.of(file.recording().audio()));
            node.put("reference", DisplayPath.of(file.recording().reference()));
            node.put("uem", file.recording().uem().map(DisplayPath::of).orElse(null));
            node.put("duration", rounded(file.duration()));
            scores(node.putObject("scores"), file.scores());
            speed(node, file.diarized().stageSeconds(), file.diarized().totalSeconds(), file.duration());
            memory(node.putObject("memory"), file.memory());
        }
        ObjectNode overall = root.putObject("overall");
        overall.put("files", report.files().size());
        overall.put("files_with_right_speaker_count", report.filesWithRightSpeakerCount());
        overall.put("duration", rounded(report.totalDuration()));
        scores(overall.putObject("scores"), report.overall());
        speed(overall, report.stageSeconds(), report.totalSeconds(), report.totalDuration());
        memory(overall.putObject("memory"), report.peakMemory());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void context(ObjectNode node, BenchmarkContext context) {
        node.put("command", context.command());
        node.put("manifest", context.manifest());
        ObjectNode system = node.putObject("system");
        context.system().forEach(system::put);
        node.put("device", context.device());
        node.put("threads", context.threads());
        node.put("processors", context.processors());
        node.put("java", context.javaVersion());
        node.put("started", context.started().toString());
        node.put("load_average", context.loadAverage() < 0 ? null : rounded(context.loadAverage()));
        node.put("under_load", context.underLoad());
    }

    private static void scores(ObjectNode node, Map<ScoringProtocol, Score> scores) {
        scores.forEach((protocol, score) -> {
            ObjectNode one = node.putObject(protocol.name().toLowerCase(Locale.ROOT));
            one.put("der", rounded(score.der()));
            one.put("missed", rounded(score.missed()));
            one.put("false_alarm", rounded(score.falseAlarm()));
            one.put("confusion", rounded(score.confusion()));
            one.put("jer", rounded(score.jer()));
            one.put("reference_speech", rounded(score.referenceSpeech()));
            one.put("reference_speakers", score.referenceSpeakers());
            one.put("hypothesis_speakers", score.hypothesisSpeakers());
        });
    }

    private static void speed(ObjectNode node, Map<String, Double> stageSeconds, double totalSeconds, double audio) {
        ObjectNode seconds = node.putObject("stage_seconds");
        ObjectNode factors = node.putObject("real_time_factor");
        stageSeconds.forEach((stage, value) -> {
            seconds.put(stage, rounded(value));
            factors.put(stage, rounded(BenchmarkReport.realTimeFactor(value, audio)));
        });
        node.put("total_seconds", rounded(totalSeconds));
        factors.put("total", rounded(BenchmarkReport.realTimeFactor(totalSeconds, audio)));
    }

    private static void memory(ObjectNode node, MemoryPeak peak) {
        node.put("heap_peak_mib", rounded(peak.heapMegabytes()));
        node.put("rss_peak_mib", peak.rssBytes() < 0 ? null : rounded(peak.rssMegabytes()));
    }

    /** Six decimals, as {@code diarist eval} writes them. */
    private static Double rounded(double value) {
        return Double.isFinite(value) ? Math.round(value * 1e6) / 1e6 : null;
    }
}
