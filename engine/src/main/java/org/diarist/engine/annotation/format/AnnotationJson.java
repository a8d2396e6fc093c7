package org.diarist.engine.annotation.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Track;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An annotation as JSON (schema in {@code docs/formats.md}):
 * <pre>{"uri": "meeting", "speakers": [{"label": "A", "speech": 12.5}],
 *  "segments": [{"start": 0.5, "end": 3.25, "speaker": "A"}]}</pre>
 * Times are seconds rounded to the millisecond; speakers are sorted by label, segments by time.
 */
public final class AnnotationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnnotationJson() {
    }

    public static ObjectNode toJson(Annotation annotation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("uri", annotation.uri());
        ArrayNode speakers = root.putArray("speakers");
        annotation.speechByLabel().forEach((label, speech) ->
            speakers.addObject().put("label", label).put("speech", milliseconds(speech)));
        ArrayNode segments = root.putArray("segments");
        for (Track track : annotation.tracks()) {
            segments.addObject()
                .put("start", milliseconds(track.start()))
                .put("end", milliseconds(track.end()))
                .put("speaker", track.label());
        }
        return root;
    }

    /** The annotation as indented JSON text, ending with a newline. */
    public static String toString(Annotation annotation) {
        try {
            return MAPPER.writeValueAsString(toJson(annotation)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static void write(Annotation annotation, Path file) {
        try {
            Files.writeString(file, toString(annotation));
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot write: " + e.getMessage(), e);
        }
    }

    public static Annotation read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file, "not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such file", e);
        } catch (IOException e) {
            throw new InvalidInputException(file, Files.exists(file) ? "cannot read: " + e.getMessage() : "no such file", e);
        }
        return fromJson(root, file.toString());
    }

    /** The annotation in {@code root}; {@code source} names the input in error messages. */
    public static Annotation fromJson(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source + ": expected a JSON object with 'uri' and 'segments'");
        }
        Annotation.Builder builder = Annotation.builder(text(root, "uri", source));
        JsonNode segments = root.get("segments");
        if (segments == null || !segments.isArray()) {
            throw new InvalidInputException(source + ": 'segments' must be an array");
        }
        for (int i = 0; i < segments.size(); i++) {
            String where = source + ": segments[" + i + "]";
            JsonNode segment = segments.get(i);
            double start = number(segment, "start", where);
            double end = number(segment, "end", where);
            if (start < 0 || end < start) {
                throw new InvalidInputException(where + ": needs 0 <= start <= end, got " + start + ", " + end);
            }
            builder.add(new Segment(start, end), text(segment, "speaker", where));
        }
        return builder.build();
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidInputException(where + ": '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new InvalidInputException(where + ": '" + field + "' must be a number of seconds");
        }
        return value.asDouble();
    }

    private static double milliseconds(double seconds) {
        return TextLines.milliseconds(seconds) / 1000.0;
    }
}
