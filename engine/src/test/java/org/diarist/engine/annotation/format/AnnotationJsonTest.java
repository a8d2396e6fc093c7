package org.diarist.engine.annotation.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationJsonTest {

    @TempDir
    Path dir;

    private final Annotation annotation = Annotation.builder("meeting")
        .add(0.5, 3.25, "B").add(0.1, 1.0001, "A").add(2.0, 2.5, "A").build();

    @Test
    void followsTheDocumentedSchema() throws IOException {
        String expected = """
            {"uri":"meeting",
             "speakers":[{"label":"A","speech":1.4},{"label":"B","speech":2.75}],
             "segments":[{"start":0.1,"end":1.0,"speaker":"A"},
                         {"start":0.5,"end":3.25,"speaker":"B"},
                         {"start":2.0,"end":2.5,"speaker":"A"}]}""";
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.readTree(expected), mapper.readTree(AnnotationJson.toString(annotation)));
    }

    @Test
    void roundTripsThroughAFile() {
        Path file = dir.resolve("meeting.json");
        AnnotationJson.write(annotation, file);
        Annotation back = AnnotationJson.read(file);
        assertEquals(annotation.labels(), back.labels());
        assertEquals(annotation.size(), back.size());
        assertEquals(2.75, back.speech("B"));
    }

    @Test
    void badJsonIsOneLineNamingTheFile() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"uri\": \"x\",\n \"segments\": [ {\"start\": 1} ]}");
        assertEquals(file + ": segments[0]: 'end' must be a number of seconds",
            assertThrows(InvalidInputException.class, () -> AnnotationJson.read(file)).getMessage());
        Files.writeString(file, "{\"uri\": \n");
        assertTrue(assertThrows(InvalidInputException.class, () -> AnnotationJson.read(file)).getMessage()
            .startsWith(file + ": not valid JSON"));
    }
}
