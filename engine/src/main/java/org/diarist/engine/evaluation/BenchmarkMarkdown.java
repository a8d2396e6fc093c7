package org.diarist.engine.evaluation;

import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code report.md}: what ran, the overall table (one row per protocol), then per recording the DER of each
 * protocol with its parts, speaker counts, real-time factor per stage and peak memory. Each recording links to its
 * timeline page ({@link TimelinePage#fileName}).
 */
public final class BenchmarkMarkdown {

    private BenchmarkMarkdown() {
    }

    public static String render(BenchmarkReport report) {
        StringBuilder out = new StringBuilder();
        BenchmarkContext context = report.context();
        out.append("# Diarization benchmark: ").append(context.manifest()).append("\n\n");
        out.append("```bash\n").append(context.command()).append("\n```\n\n");
        context(out, context);

        out.append(overall(report));

        out.append("## Recordings\n\n");
        Table files = new Table("recording", "duration s", "ref speakers", "detected", "Full DER %", "Fair DER %",
            "Forgiving DER %", "JER %", "timeline");
        for (RecordingResult file : report.files()) {
            List<String> cells = new ArrayList<>(List.of(file.uri(), format("%.1f", file.duration()),
                Integer.toString(file.score(ScoringProtocol.FULL).referenceSpeakers()),
                Integer.toString(file.score(ScoringProtocol.FULL).hypothesisSpeakers())));
            for (ScoringProtocol protocol : report.protocols()) {
                cells.add(percent(file.score(protocol).der()));
            }
            cells.add(percent(file.score(ScoringProtocol.FULL).jer()));
            cells.add("[" + TimelinePage.fileName(file.uri()) + "](" + TimelinePage.fileName(file.uri()) + ")");
            files.row(cells.toArray(String[]::new));
        }
        out.append(files).append('\n');

        for (ScoringProtocol protocol : report.protocols()) {
            out.append("### ").append(protocol.describe()).append("\n\n");
            Table table = new Table("recording", "DER %", "missed %", "false alarm %", "confusion %", "JER %",
                "scored speech s");
            for (RecordingResult file : report.files()) {
                scoreRow(table, file.uri(), file.score(protocol));
            }
            scoreRow(table, "**overall**", report.overall().get(protocol));
            out.append(table).append('\n');
        }

        out.append("## Speed: real-time factor per stage\n\n");
        out.append("Wall seconds of each pipeline stage per second of audio (below 1 is faster than real time).\n\n");
        List<String> stages = new ArrayList<>(report.stageSeconds().keySet());
        List<String> header = new ArrayList<>(List.of("recording", "duration s"));
        header.addAll(stages);
        header.add("total");
        Table speed = new Table(header.toArray(String[]::new));
        for (RecordingResult file : report.files()) {
            speedRow(speed, file.uri(), file.duration(), stages, file.diarized().stageSeconds(),
                file.diarized().totalSeconds());
        }
        speedRow(speed, "**overall**", report.totalDuration(), stages, report.stageSeconds(), report.totalSeconds());
        out.append(speed).append('\n');

        MemoryPeak peak = report.peakMemory();
        out.append("## Memory\n\n");
        out.append("Peak Java heap (sum of the heap pools' peaks) and peak resident set (VmHWM, libtorch included) ")
            .append("while each recording was diarized.\n\n");
        Table memory = new Table("recording", "heap MiB", "RSS MiB");
        for (RecordingResult file : report.files()) {
            memory.row(file.uri(), number(file.memory().heapMegabytes()), number(file.memory().rssMegabytes()));
        }
        memory.row("**overall**", number(peak.heapMegabytes()), number(peak.rssMegabytes()));
        out.append(memory);
        return out.toString();
    }

    /** The "Overall" section alone: one row per protocol, speaker counts, real-time factor and peak memory. */
    public static String overall(BenchmarkReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Overall\n\n");
        out.append(format("%d recordings, %.1f s of audio; the speaker count is right in %d of %d recordings.%n%n",
            report.files().size(), report.totalDuration(), report.filesWithRightSpeakerCount(), report.files().size()));
        Table overall = new Table("protocol", "DER %", "missed %", "false alarm %", "confusion %", "JER %",
            "speakers (ref / detected)");
        report.overall().forEach((protocol, score) -> overall.row(protocol.describe(), percent(score.der()),
            percent(score.missed()), percent(score.falseAlarm()), percent(score.confusion()), percent(score.jer()),
            score.referenceSpeakers() + " / " + score.hypothesisSpeakers()));
        out.append(overall).append('\n');
        MemoryPeak peak = report.peakMemory();
        out.append(format("Real-time factor %.3f (%.1f s of processing for %.1f s of audio); peak heap %s, peak RSS %s.%n%n",
            BenchmarkReport.realTimeFactor(report.totalSeconds(), report.totalDuration()), report.totalSeconds(),
            report.totalDuration(), mebibytes(peak.heapMegabytes()), mebibytes(peak.rssMegabytes())));
        return out.toString();
    }

    private static void context(StringBuilder out, BenchmarkContext context) {
        List<String> system = new ArrayList<>();
        context.system().forEach((key, value) -> system.add(key + " `" + value + "`"));
        out.append("System: ").append(String.join(", ", system)).append(".  \n");
        out.append(format("Device %s, %s libtorch threads; %d processors, Java %s; started %s.%n",
            context.device(), context.threads() > 0 ? Integer.toString(context.threads()) : "default",
            context.processors(), context.javaVersion(), context.started()));
        if (context.loadAverage() >= 0) {
            out.append(format("%nLoad average %.1f at the start", context.loadAverage()));
            out.append(context.underLoad()
                ? format(": **measured under load** (more runnable work than the %d processors), so times and "
                    + "real-time factors are pessimistic; the error rates do not depend on load.%n", context.processors())
                : ".\n");
        }
        out.append('\n');
    }

    private static void scoreRow(Table table, String name, Score score) {
        table.row(name, percent(score.der()), percent(score.missed()), percent(score.falseAlarm()),
            percent(score.confusion()), percent(score.jer()), format("%.2f", score.referenceSpeech()));
    }

    private static void speedRow(Table table, String name, double audio, List<String> stages,
                                 Map<String, Double> seconds, double total) {
        List<String> cells = new ArrayList<>(List.of(name, format("%.1f", audio)));
        Function<Double, String> factor = s -> format("%.3f", BenchmarkReport.realTimeFactor(s, audio));
        for (String stage : stages) {
            cells.add(seconds.containsKey(stage) ? factor.apply(seconds.get(stage)) : "");
        }
        cells.add(factor.apply(total));
        table.row(cells.toArray(String[]::new));
    }

    private static String percent(double value) {
        return format("%.2f", value);
    }

    private static String mebibytes(double value) {
        return Double.isNaN(value) ? "unknown" : format("%.0f MiB", value);
    }

    private static String number(double megabytes) {
        return Double.isNaN(megabytes) ? "unknown" : format("%.0f", megabytes);
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }

    /** A GitHub-flavoured Markdown table, columns padded so that the source reads as a table too. */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            String[] escaped = new String[cells.length];
            for (int c = 0; c < cells.length; c++) {
                escaped[c] = cells[c].replace("|", "\\|");
            }
            rows.add(escaped);
        }

        @Override
        public String toString() {
            int columns = rows.get(0).length;
            int[] widths = new int[columns];
            for (String[] row : rows) {
                for (int c = 0; c < columns; c++) {
                    widths[c] = Math.max(Math.max(widths[c], 3), row[c].length());
                }
            }
            StringBuilder out = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                line(out, rows.get(r), widths);
                if (r == 0) {
                    String[] rule = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        rule[c] = "-".repeat(widths[c]);
                    }
                    line(out, rule, widths);
                }
            }
            return out.toString();
        }

        private static void line(StringBuilder out, String[] cells, int[] widths) {
            out.append('|');
            for (int c = 0; c < cells.length; c++) {
                out.append(' ').append(cells[c]).append(" ".repeat(widths[c] - cells[c].length())).append(" |");
            }
            out.append('\n');
        }
    }
}
