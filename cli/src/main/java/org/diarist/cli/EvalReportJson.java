package org.diarist.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.metrics.EvaluationReport;
import org.diarist.engine.metrics.JaccardErrorRate;
import org.diarist.engine.metrics.Score;

/**
 * The JSON of {@code diarist eval --format json}: {@code {"protocol": {...}, "files": [{"uri", "der", "missed",
 * "false_alarm", "confusion", "jer", "reference_speech", "reference_speakers", "hypothesis_speakers"}],
 * "total": {same keys}}}; rates in percent, speech in seconds.
 */
final class EvalReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvalReportJson() {
    }

    static String render(EvaluationReport report, String uemName) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode protocol = root.putObject("protocol");
        protocol.put("name", report.protocol().name());
        protocol.put("collar", report.protocol().collar());
        protocol.put("skip_overlap", report.protocol().skipOverlap());
        protocol.put("uem", uemName);
        protocol.put("jer_frame_step", JaccardErrorRate.FRAME_STEP);
        ArrayNode files = root.putArray("files");
        report.files().forEach(score -> fill(files.addObject(), score));
        fill(root.putObject("total"), report.total());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void fill(ObjectNode node, Score score) {
        node.put("uri", score.uri());
        node.put("der", rounded(score.der()));
        node.put("missed", rounded(score.missed()));
        node.put("false_alarm", rounded(score.falseAlarm()));
        node.put("confusion", rounded(score.confusion()));
        node.put("jer", rounded(score.jer()));
        node.put("reference_speech", rounded(score.referenceSpeech()));
        node.put("reference_speakers", score.referenceSpeakers());
        node.put("hypothesis_speakers", score.hypothesisSpeakers());
    }

    /** Six decimals: more than any scorer agrees on, without binary noise. */
    private static double rounded(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
