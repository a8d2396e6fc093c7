package org.diarist.engine.annotation.format;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NIST UEM scoring regions: {@code <uri> <channel> <start> <end>} per line; a uri may have several lines, whose
 * regions are merged. Blank lines and {@code ;;} comments are skipped; the channel is not used.
 */
public final class Uem {

    private Uem() {
    }

    /** The scoring regions of every uri in {@code file}, in order of first appearance. */
    public static Map<String, Timeline> read(Path file) {
        Collector collector = new Collector();
        TextLines.read(file, collector);
        return collector.regions();
    }

    public static Map<String, Timeline> read(Reader reader, String source) throws IOException {
        Collector collector = new Collector();
        TextLines.read(reader, source, collector);
        return collector.regions();
    }

    public static void write(Map<String, Timeline> regions, Writer out) throws IOException {
        for (Map.Entry<String, Timeline> entry : regions.entrySet()) {
            String uri = TextLines.token(entry.getKey());
            for (Segment region : entry.getValue().support()) {
                out.write(uri + " 1 " + TextLines.seconds(TextLines.milliseconds(region.start())) + " "
                    + TextLines.seconds(TextLines.milliseconds(region.end())) + "\n");
            }
        }
    }

    public static void write(Map<String, Timeline> regions, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(regions, out);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot write: " + e.getMessage(), e);
        }
    }

    private static final class Collector implements TextLines.LineHandler {
        private final Map<String, List<Segment>> regions = new LinkedHashMap<>();

        @Override
        public void accept(TextLines.Line line) {
            String[] fields = line.fields();
            if (fields.length != 4) {
                throw line.error("expected 4 fields (uri channel start end), got " + fields.length);
            }
            BigDecimal start = line.seconds(2, "start");
            BigDecimal end = line.seconds(3, "end");
            if (end.compareTo(start) <= 0) {
                throw line.error("end " + fields[3] + " is not after start " + fields[2]);
            }
            regions.computeIfAbsent(fields[0], uri -> new ArrayList<>())
                .add(new Segment(start.doubleValue(), end.doubleValue()));
        }

        Map<String, Timeline> regions() {
            Map<String, Timeline> timelines = new LinkedHashMap<>();
            regions.forEach((uri, segments) -> timelines.put(uri, Timeline.of(segments).support()));
            return Collections.unmodifiableMap(timelines);
        }
    }
}
