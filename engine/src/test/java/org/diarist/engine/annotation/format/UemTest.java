package org.diarist.engine.annotation.format;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UemTest {

    private static Map<String, Timeline> parse(String text) throws IOException {
        return Uem.read(new StringReader(text), "all.uem");
    }

    @Test
    void readsRegionsAndMergesLinesOfOneUri() throws IOException {
        Map<String, Timeline> uem = parse("""
            ;; comment
            FILE1 1 0.000 43.000
            dev00 NA 0 10
            dev00 NA 20.5 30
            dev00 NA 5 12
            """);
        assertEquals(Timeline.of(Segment.of(0, 43)), uem.get("FILE1"));
        assertEquals(Timeline.of(Segment.of(0, 12), Segment.of(20.5, 30)), uem.get("dev00"));
    }

    @Test
    void writesOneLinePerRegion() throws IOException {
        StringWriter out = new StringWriter();
        Uem.write(Map.of("a", Timeline.of(Segment.of(0, 1.5), Segment.of(3, 4))), out);
        assertEquals("a 1 0.000 1.500\na 1 3.000 4.000\n", out.toString());
        assertEquals(Map.of("a", Timeline.of(Segment.of(0, 1.5), Segment.of(3, 4))), parse(out.toString()));
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertEquals("all.uem:2: expected 4 fields (uri channel start end), got 3",
            assertThrows(InvalidInputException.class, () -> parse("a 1 0 1\na 1 0\n")).getMessage());
        assertEquals("all.uem:1: end 1 is not after start 2",
            assertThrows(InvalidInputException.class, () -> parse("a 1 2 1\n")).getMessage());
        assertEquals("all.uem:1: end is not a number: 'x'",
            assertThrows(InvalidInputException.class, () -> parse("a 1 2 x\n")).getMessage());
    }
}
