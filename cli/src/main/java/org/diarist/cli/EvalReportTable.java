package org.diarist.cli;

import org.diarist.engine.metrics.EvaluationReport;
import org.diarist.engine.metrics.JaccardErrorRate;
import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text table of {@code diarist eval}: a protocol line, one row per recording, then TOTAL. */
final class EvalReportTable {

    private static final String[] HEADER = {
        "uri", "DER%", "missed%", "false_alarm%", "confusion%", "JER%", "ref_speech_s", "ref_speakers",
        "hyp_speakers"};

    private EvalReportTable() {
    }

    static String render(EvaluationReport report, String uemName) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        report.files().forEach(score -> rows.add(row(score)));
        String[] total = row(report.total());

        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            widen(widths, row);
        }
        widen(widths, total);

        StringBuilder text = new StringBuilder(protocolLine(report.protocol(), uemName)).append('\n');
        text.append(line(rows.get(0), widths)).append('\n');
        text.append(rule(widths)).append('\n');
        for (String[] row : rows.subList(1, rows.size())) {
            text.append(line(row, widths)).append('\n');
        }
        text.append(rule(widths)).append('\n');
        text.append(line(total, widths)).append('\n');
        return text.toString();
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

    private static void widen(int[] widths, String[] row) {
        for (int i = 0; i < row.length; i++) {
            widths[i] = Math.max(widths[i], row[i].length());
        }
    }

    /** The first column left-aligned, numbers right-aligned. */
    private static String line(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(widths[i] - row[i].length());
            line.append(i == 0 ? row[i] + pad : pad + row[i]);
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i > 0 ? "  " : "").append("-".repeat(widths[i]));
        }
        return rule.toString();
    }
}
