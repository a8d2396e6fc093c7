package org.diarist.engine.annotation.format;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Track;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * NIST RTTM speaker turns: {@code SPEAKER <uri> <channel> <start> <duration> <NA> <NA> <label> <NA> <NA>}.
 *
 * <p>Reading keeps SPEAKER records and skips the other RTTM record types (SPKR-INFO, LEXEME, ...), blank lines
 * and {@code ;;} comments; fields may be separated by any whitespace, and the tenth field may be missing.
 * Writing uses times with three decimals and replaces whitespace inside uris and labels with {@code _}.
 */
public final class Rttm {

    /** Fields of a SPEAKER record; some writers drop the last one. */
    private static final int FIELDS = 10;

    private static final Set<String> OTHER_RECORD_TYPES = Set.of(
        "SEGMENT", "NOSCORE", "NO_RT_METADATA", "LEXEME", "NON-LEX", "NON-SPEECH", "FILLER", "EDIT", "IP", "SU",
        "CB", "A/P", "SPKR-INFO");

    private Rttm() {
    }

    /** The turns of every recording in {@code file}, by uri in order of first appearance. */
    public static Map<String, Annotation> read(Path file) {
        Collector collector = new Collector();
        TextLines.read(file, collector);
        return collector.annotations();
    }

    /** Same as {@link #read(Path)}; {@code source} names the input in error messages. */
    public static Map<String, Annotation> read(Reader reader, String source) throws IOException {
        Collector collector = new Collector();
        TextLines.read(reader, source, collector);
        return collector.annotations();
    }

    public static void write(Annotation annotation, Writer out) throws IOException {
        String uri = TextLines.token(annotation.uri());
        for (Track track : annotation.tracks()) {
            long start = TextLines.milliseconds(track.start());
            long duration = TextLines.milliseconds(track.end()) - start;
            if (duration <= 0) {
                continue; // shorter than the format's resolution; scorers reject empty turns
            }
            out.write("SPEAKER " + uri + " 1 " + TextLines.seconds(start) + " " + TextLines.seconds(duration)
                + " <NA> <NA> " + TextLines.token(track.label()) + " <NA> <NA>\n");
        }
    }

    public static String toString(Annotation annotation) {
        StringWriter out = new StringWriter();
        try {
            write(annotation, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(Collection<Annotation> annotations, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Annotation annotation : annotations) {
                write(annotation, out);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot write: " + e.getMessage(), e);
        }
    }

    /** Gathers SPEAKER records per uri. */
    private static final class Collector implements TextLines.LineHandler {
        private final Map<String, Annotation.Builder> builders = new LinkedHashMap<>();

        @Override
        public void accept(TextLines.Line line) {
            String[] fields = line.fields();
            String type = fields[0];
            if (OTHER_RECORD_TYPES.contains(type)) {
                return;
            }
            if (!type.equals("SPEAKER")) {
                throw line.error("not an RTTM record: '" + abbreviate(type) + "' (expected SPEAKER)");
            }
            if (fields.length != FIELDS && fields.length != FIELDS - 1) {
                throw line.error("expected " + FIELDS + " fields, got " + fields.length);
            }
            BigDecimal start = line.seconds(3, "start");
            BigDecimal duration = line.seconds(4, "duration");
            Segment segment = new Segment(start.doubleValue(), start.add(duration).doubleValue());
            builders.computeIfAbsent(fields[1], Annotation::builder).add(segment, fields[7]);
        }

        Map<String, Annotation> annotations() {
            Map<String, Annotation> annotations = new LinkedHashMap<>();
            builders.forEach((uri, builder) -> annotations.put(uri, builder.build()));
            return Collections.unmodifiableMap(annotations);
        }

        private static String abbreviate(String text) {
            return text.length() <= 20 ? text : text.substring(0, 20) + "...";
        }
    }
}
