package org.diarist.cli;

import org.diarist.engine.metrics.EvaluationReport;
import org.diarist.engine.metrics.JaccardErrorRate;
import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.util.Locale;

/** The text table of {@code diarist eval}: a protocol line, one row per recording, then TOTAL. */
final class EvalReportTable {

    private static final String[] HEADER = {
        "uri", "DER%", "missed%", "false_alarm%", "confusion%", "JER%", "ref_speech_s", "ref_speakers",
        "hyp_speakers"};

    private EvalReportTable() {
    }

    static String render(EvaluationReport report, String uemName) {
        TextTable table = new TextTable(HEADER);
        report.files().forEach(score -> table.row(row(score)));
        table.total(row(report.total()));
        return protocolLine(report.protocol(), uemName) + "\n" + table.render();
    }

    /** What was measured, in one line, e.g. {@code Full protocol: collar 0.000 s, overlap scored, UEM a.uem}. */
    static String protocolLine(ScoringProtocol protocol, String uemName) {
        return String.format(Locale.ROOT,
            "%s protocol: collar %.3f s on each side of reference boundaries, overlapped speech %s, %s; "
                + "JER on %.0f ms frames without collar (dscore)",
            protocol.name(), protocol.collar(), protocol.skipOverlap() ? "skipped" : "scored",
            uemName == null ? "no UEM (each file scored over its reference and hypothesis extent)"
                : "scoring regions from " + uemName,
            JaccardErrorRate.FRAME_STEP * 1000);
    }

    private static String[] row(Score score) {
        return new String[] {
            score.uri(),
            percent(score.der()),
            percent(score.missed()),
            percent(score.falseAlarm()),
            percent(score.confusion()),
            percent(score.jer()),
            String.format(Locale.ROOT, "%.3f", score.referenceSpeech()),
            Integer.toString(score.referenceSpeakers()),
            Integer.toString(score.hypothesisSpeakers()),
        };
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
