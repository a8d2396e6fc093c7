package org.diarist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.AudioInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code diarist info AUDIO...}: what each file holds, from its header, like {@code soxi}. */
@Command(
    name = "info",
    description = {
        "Prints each audio file's container format, codec, original sample rate, channels and duration.",
        "With --format json: one JSON array with an object per readable file:",
        "  {\"file\", \"format\", \"codec\", \"sample_rate\", \"channels\", \"frames\", \"duration\"}",
        "  (frames at the original rate, duration in seconds).",
        "Files that cannot be read are reported on stderr and skipped; the exit code is then 2."},
    sortOptions = false)
public final class InfoCommand implements Callable<Integer> {

    enum Format { table, json }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "table|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "Audio or video files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<AudioInfo> infos = new ArrayList<>();
        boolean anyBad = false;
        for (Path file : files) {
            try {
                infos.add(Audio.probe(file));
            } catch (InvalidInputException e) {
                anyBad = true;
                err.println("diarist: " + e.getMessage());
                if (common.verbose()) {
                    e.printStackTrace(err);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            printJson(infos, out);
        } else if (!infos.isEmpty()) {
            printTable(infos, out);
        }
        out.flush();
        err.flush();
        return anyBad ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static void printTable(List<AudioInfo> infos, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"FILE", "FORMAT", "CODEC", "RATE", "CHANNELS", "DURATION", "SAMPLES"});
        for (AudioInfo info : infos) {
            rows.add(new String[] {
                info.file().toString(), info.format(), info.codec(), Integer.toString(info.sampleRate()),
                Integer.toString(info.channels()), clock(info.durationSeconds()),
                Long.toString(info.frames())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                // Numbers (rate onwards) align right, text left.
                line.append(i == 0 ? "" : "  ").append(pad(row[i], widths[i], i >= 3));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static void printJson(List<AudioInfo> infos, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (AudioInfo info : infos) {
            ObjectNode node = array.addObject();
            node.put("file", info.file().toString());
            node.put("format", info.format());
            node.put("codec", info.codec());
            node.put("sample_rate", info.sampleRate());
            node.put("channels", info.channels());
            node.put("frames", info.frames());
            node.put("duration", info.durationSeconds());
        }
        try {
            out.println(mapper.writeValueAsString(array));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** {@code HH:MM:SS.ss}, as soxi shows durations. */
    static String clock(double seconds) {
        long centis = Math.round(seconds * 100);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%02d",
            centis / 360000, centis / 6000 % 60, centis / 100 % 60, centis % 100);
    }

    private static String pad(String s, int width, boolean right) {
        String padding = " ".repeat(width - s.length());
        return right ? padding + s : s + padding;
    }
}
