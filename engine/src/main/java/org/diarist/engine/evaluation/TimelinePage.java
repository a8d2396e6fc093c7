package org.diarist.engine.evaluation;

import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.util.Locale;
import java.util.Map;

/**
 * One recording's HTML page: its scores under each protocol, speaker counts, speed and memory, and the
 * {@link TimelineSvg timeline} of reference against hypothesis. The page is self-contained (no scripts, no external
 * files) and well-formed XML, so that it can be checked by an XML parser as well as shown by a browser.
 */
public final class TimelinePage {

    private TimelinePage() {
    }

    /** The page's file name: the uri with anything but letters, digits, '.', '_' and '-' replaced by '_'. */
    public static String fileName(String uri) {
        return uri.replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    }

    public static String render(RecordingResult file, BenchmarkContext context) {
        StringBuilder html = new StringBuilder();
        String title = Xml.escape(file.uri()) + " — Diarist benchmark";
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
            .append("<meta charset=\"utf-8\"/>\n<title>").append(title).append("</title>\n")
            .append("<style>body{font-family:sans-serif;margin:1.5em;color:#222}")
            .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;")
            .append("text-align:right}th:first-child,td:first-child{text-align:left}")
            .append(".timeline{overflow-x:auto}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Xml.escape(file.uri())).append("</h1>\n");
        html.append("<p>").append(format("%.1f s of audio from ", file.duration()))
            .append("<code>").append(Xml.escape(DisplayPath.of(file.recording().audio()))).append("</code>")
            .append("; reference <code>").append(Xml.escape(DisplayPath.of(file.recording().reference()))).append("</code>")
            .append(file.recording().uem().map(uem -> "; scored within <code>" + Xml.escape(DisplayPath.of(uem))
                + "</code>").orElse("; scored from the first to the last turn"))
            .append(".</p>\n");

        html.append("<table class=\"scores\">\n<tr><th>protocol</th><th>DER %</th><th>missed %</th>")
            .append("<th>false alarm %</th><th>confusion %</th><th>JER %</th></tr>\n");
        for (Map.Entry<ScoringProtocol, Score> entry : file.scores().entrySet()) {
            Score score = entry.getValue();
            html.append(format("<tr><td>%s</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td></tr>%n",
                Xml.escape(entry.getKey().describe()), score.der(), score.missed(), score.falseAlarm(),
                score.confusion(), score.jer()));
        }
        html.append("</table>\n");

        Score full = file.score(ScoringProtocol.FULL);
        MemoryPeak memory = file.memory();
        html.append(format("<p>Speakers: %d in the reference, %d detected. Real-time factor %.3f (%.2f s of "
                + "processing on %s); peak heap %.0f MiB, peak RSS %s.",
            full.referenceSpeakers(), full.hypothesisSpeakers(),
            BenchmarkReport.realTimeFactor(file.diarized().totalSeconds(), file.duration()),
            file.diarized().totalSeconds(), Xml.escape(context.device()), memory.heapMegabytes(),
            memory.rssBytes() < 0 ? "unknown" : format("%.0f MiB", memory.rssMegabytes())));
        if (context.underLoad()) {
            html.append(format(" Timed on a busy machine (load average %.1f on %d processors).",
                context.loadAverage(), context.processors()));
        }
        html.append("</p>\n");
        html.append("<p>Hypothesis speakers take the colour of the reference speaker they are mapped to (the ")
            .append("mapping that scores DER); grey bands are not scored.</p>\n");
        html.append("<div class=\"timeline\">\n")
            .append(TimelineSvg.render(file.reference(), file.hypothesis(), file.evaluated(), file.duration()))
            .append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
