package org.diarist.cli;

import org.diarist.engine.metrics.DetectionScore;

import java.util.List;
import java.util.Locale;

/** The table of speech and overlap detection scores: a line saying what was scored, one row per file, TOTAL. */
final class DetectionReportTable {

    private DetectionReportTable() {
    }

    static String render(List<DetectionScore> files, String region) {
        TextTable table = new TextTable("uri", "ref_speech_s", "missed%", "false_alarm%", "ref_overlap_s",
            "hyp_overlap_s", "overlap_precision", "overlap_recall");
        DetectionScore total = new DetectionScore("TOTAL", 0, 0, 0, 0, 0, 0);
        for (DetectionScore score : files) {
            table.row(row(score));
            total = total.plus(score, "TOTAL");
        }
        table.total(row(total));
        return "Speech activity detection (missed and false alarm in % of reference speech) and overlapped-speech "
            + "detection, collar 0, " + region + "\n" + table.render();
    }

    private static String[] row(DetectionScore score) {
        return new String[] {
            score.uri(),
            seconds(score.referenceSpeech()),
            number(score.missedPercent()),
            number(score.falseAlarmPercent()),
            seconds(score.referenceOverlap()),
            seconds(score.hypothesisOverlap()),
            ratio(score.overlapPrecision()),
            ratio(score.overlapRecall()),
        };
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "-";
    }

    private static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "-";
    }
}
