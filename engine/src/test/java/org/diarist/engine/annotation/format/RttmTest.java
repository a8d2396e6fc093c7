package org.diarist.engine.annotation.format;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.RecordingUri;
import org.diarist.engine.annotation.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RttmTest {

    @TempDir
    Path dir;

    private static Map<String, Annotation> parse(String text) throws IOException {
        return Rttm.read(new StringReader(text), "ref.rttm");
    }

    @Test
    void readsTurnsPerUri() throws IOException {
        Map<String, Annotation> annotations = parse("""
            ;; a comment
            SPEAKER b 1 0.500 1.000 <NA> <NA> spk2 <NA> <NA>

            SPEAKER a 1 1.100 3.228 <NA> <NA> speaker1 <NA> <NA>
            SPKR-INFO a 1 <NA> <NA> <NA> unknown speaker1 <NA> <NA>
            \tSPEAKER   a  1   0.000\t0.558 <NA> <NA> speaker1 <NA> <NA>  \s
            SPEAKER a 1 0.678 1.533 <NA> <NA> MÉO069 <NA>
            """);
        assertEquals(List.of("b", "a"), List.copyOf(annotations.keySet()));
        Annotation a = annotations.get("a");
        assertEquals(List.of(Track.of(0.0, 0.558, "speaker1"), Track.of(0.678, 2.211, "MÉO069"),
            Track.of(1.1, 4.328, "speaker1")), a.tracks());
    }

    @Test
    void endIsTheExactDecimalSum() throws IOException {
        // 0.678 + 1.533 in binary floating point is 2.2110000000000003
        Annotation a = parse("SPEAKER a 1 0.678 1.533 <NA> <NA> x <NA> <NA>\n").get("a");
        assertEquals(2.211, a.tracks().get(0).end());
    }

    @Test
    void writesThreeDecimalsAndRoundTrips() throws IOException {
        Annotation annotation = Annotation.builder("my file")
            .add(0.1, 0.35, "alice").add(2.0004, 3.5, "bob smith").add(1.0, 1.0002, "tiny").build();
        String text = Rttm.toString(annotation);
        assertEquals("""
            SPEAKER my_file 1 0.100 0.250 <NA> <NA> alice <NA> <NA>
            SPEAKER my_file 1 2.000 1.500 <NA> <NA> bob_smith <NA> <NA>
            """, text);
        Annotation back = parse(text).get("my_file");
        assertEquals(List.of(Track.of(0.1, 0.35, "alice"), Track.of(2.0, 3.5, "bob_smith")), back.tracks());
    }

    @Test
    void writesAndReadsFiles() {
        Path file = dir.resolve("out.rttm");
        Annotation annotation = Annotation.builder("out").add(1, 2, "A").add(1.5, 3, "B").build();
        Rttm.write(List.of(annotation), file);
        assertEquals(Map.of("out", annotation), Rttm.read(file));
    }

    @Test
    void wrongFieldCountNamesFileAndLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(
            "SPEAKER a 1 0.0 1.0 <NA> <NA> x <NA> <NA>\n\nSPEAKER a 1 0.0 1.0 <NA> <NA>\n"));
        assertEquals("ref.rttm:3: expected 10 fields, got 7", e.getMessage());
    }

    @Test
    void badNumbersAreReported() {
        assertEquals("ref.rttm:1: start is not a number: 'abc'", assertThrows(InvalidInputException.class,
            () -> parse("SPEAKER a 1 abc 1.0 <NA> <NA> x <NA> <NA>")).getMessage());
        assertEquals("ref.rttm:1: duration is negative: -1.0", assertThrows(InvalidInputException.class,
            () -> parse("SPEAKER a 1 0 -1.0 <NA> <NA> x <NA> <NA>")).getMessage());
    }

    @Test
    void otherFilesAreNotRttm() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> parse("uri 1 0.0 43.0\n"));
        assertEquals("ref.rttm:1: not an RTTM record: 'uri' (expected SPEAKER)", e.getMessage());
    }

    @Test
    void missingFileIsOneLine() {
        Path missing = dir.resolve("nope.rttm");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Rttm.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> Rttm.read(dir)).getMessage()
            .endsWith("is a directory, not a file"));
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path binary = dir.resolve("audio.rttm");
        Files.write(binary, new byte[] {'R', 'I', 'F', 'F', (byte) 0xff, (byte) 0xfe, 0, 1, '\n'});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Rttm.read(binary));
        assertEquals(binary + ": not a UTF-8 text file", e.getMessage());
    }

    @Test
    void emptyFileHasNoRecordings() throws IOException {
        assertTrue(parse("").isEmpty());
    }

    @Test
    void uriIsTheFileNameWithoutExtension() {
        assertEquals("ES2004a.Mix-Headset", RecordingUri.of(Path.of("/data/ES2004a.Mix-Headset.wav")));
        assertEquals("sample", RecordingUri.of(Path.of("sample")));
        assertEquals(".hidden", RecordingUri.of(Path.of(".hidden")));
    }
}
