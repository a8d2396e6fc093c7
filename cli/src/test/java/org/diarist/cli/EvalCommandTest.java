package org.diarist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {

    @TempDir
    Path dir;

    private Path rttm(String name, String... turns) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String turn : turns) {
            String[] f = turn.split(" "); // uri start duration label
            text.append("SPEAKER ").append(f[0]).append(" 1 ").append(f[1]).append(' ').append(f[2])
                .append(" <NA> <NA> ").append(f[3]).append(" <NA> <NA>\n");
        }
        return Files.writeString(dir.resolve(name), text);
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static void assertOneLineError(CliRun run, String expected) {
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }

    @Test
    void perfectHypothesisWithOtherLabelsScoresZero() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A", "a 5 10 B");
        Path hyp = rttm("hyp.rttm", "a 0 10 spk1", "a 5 10 spk0");
        CliRun run = CliRun.of("eval", "--reference", ref.toString(), hyp.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Full protocol: collar 0.000 s"), lines.get(0));
        assertTrue(lines.get(0).contains("overlapped speech scored"), lines.get(0));
        assertTrue(lines.get(1).startsWith("uri"), lines.get(1));
        assertTrue(lines.get(3).matches("a\\s+0\\.00\\s+0\\.00\\s+0\\.00\\s+0\\.00\\s+0\\.00\\s+20\\.000\\s+2\\s+2"),
            lines.get(3));
        assertTrue(lines.get(5).startsWith("TOTAL"), lines.get(5));
    }

    @Test
    void tableColumnsAreAligned() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A", "long_recording_name 0 10 A");
        Path hyp = rttm("hyp.rttm", "a 0 5 X", "long_recording_name 0 10 X");
        CliRun run = CliRun.of("eval", "-r", ref.toString(), hyp.toString());
        List<String> rows = run.out().lines().skip(1).toList();
        int width = rows.get(1).length();
        for (String row : rows) {
            assertEquals(width, row.length(), row);
        }
    }

    @Test
    void jsonHasPerFileAndTotalScores() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A", "a 10 10 B", "b 0 10 C");
        Path hyp = rttm("hyp.rttm", "a 0 15 X", "a 15 5 Y", "b 0 10 Z");
        JsonNode report = json(CliRun.of("eval", "-r", ref.toString(), "--format", "json", hyp.toString()));
        JsonNode a = report.get("files").get(0);
        assertEquals("a", a.get("uri").asText());
        assertEquals(25.0, a.get("der").asDouble(), 1e-9);
        assertEquals(25.0, a.get("confusion").asDouble(), 1e-9);
        assertEquals(0.0, a.get("missed").asDouble(), 1e-9);
        assertEquals(0.0, a.get("false_alarm").asDouble(), 1e-9);
        assertEquals(20.0, a.get("reference_speech").asDouble(), 1e-9);
        assertEquals(2, a.get("reference_speakers").asInt());
        assertEquals(2, a.get("hypothesis_speakers").asInt());
        assertTrue(a.has("jer"));
        JsonNode total = report.get("total");
        assertEquals(100.0 * 5 / 30, total.get("der").asDouble(), 1e-6); // time-weighted
        assertEquals(3, total.get("reference_speakers").asInt());
        assertEquals("Full", report.get("protocol").get("name").asText());
    }

    @Test
    void referenceRecordingWithoutHypothesisIsAllMissed() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A", "b 0 4 B");
        Path hyp = rttm("hyp.rttm", "a 0 10 X");
        JsonNode report = json(CliRun.of("eval", "-r", ref.toString(), "--format", "json", hyp.toString()));
        JsonNode b = report.get("files").get(1);
        assertEquals("b", b.get("uri").asText());
        assertEquals(100.0, b.get("der").asDouble(), 1e-9);
        assertEquals(100.0, b.get("missed").asDouble(), 1e-9);
        assertEquals(100.0, b.get("jer").asDouble(), 1e-9);
        assertEquals(100.0 * 4 / 14, report.get("total").get("der").asDouble(), 1e-6);
    }

    @Test
    void hypothesesCanComeInSeveralFiles() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A", "b 0 4 B");
        Path hypA = rttm("a.rttm", "a 0 10 X");
        Path hypB = rttm("b.rttm", "b 0 4 X");
        JsonNode report = json(CliRun.of("eval", "-r", ref.toString(), "--format", "json",
            hypA.toString(), hypB.toString()));
        assertEquals(0.0, report.get("total").get("der").asDouble(), 1e-9);
    }

    @Test
    void protocolsAreNamedInTheHeader() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A");
        Path hyp = rttm("hyp.rttm", "a 0.2 10 X");
        Path uem = Files.writeString(dir.resolve("a.uem"), "a 1 0 20\n");
        String fair = CliRun.of("eval", "-r", ref.toString(), "--collar", "0.25", hyp.toString()).out();
        assertTrue(fair.startsWith("Fair protocol: collar 0.250 s"), fair);
        assertTrue(fair.contains("no UEM"), fair);
        String forgiving = CliRun.of("eval", "-r", ref.toString(), "--collar", "0.25", "--skip-overlap",
            "--uem", uem.toString(), hyp.toString()).out();
        assertTrue(forgiving.startsWith("Forgiving protocol"), forgiving);
        assertTrue(forgiving.contains("overlapped speech skipped"), forgiving);
        assertTrue(forgiving.contains("scoring regions from " + uem), forgiving);
        String custom = CliRun.of("eval", "-r", ref.toString(), "--collar", "0.1", hyp.toString()).out();
        assertTrue(custom.startsWith("custom protocol: collar 0.100 s"), custom);
    }

    @Test
    void uemSelectsRecordingsAndRegions() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A", "b 0 4 B");
        Path hyp = rttm("hyp.rttm", "a 0 10 X", "a 20 5 X");
        Path uem = Files.writeString(dir.resolve("a.uem"), "a 1 0 15\n");
        JsonNode report = json(CliRun.of("eval", "-r", ref.toString(), "--uem", uem.toString(), "--format", "json",
            hyp.toString()));
        assertEquals(1, report.get("files").size());
        assertEquals(0.0, report.get("total").get("der").asDouble(), 1e-9);
    }

    @Test
    void reproducesTheDscoreFixture() throws IOException {
        Path fixture = SharedData.require("data/dscore");
        JsonNode report = json(CliRun.of("eval", "--reference", fixture.resolve("ref.rttm").toString(),
            "--uem", fixture.resolve("FILE1.uem").toString(), "--collar", "0", "--format", "json",
            fixture.resolve("sys.rttm").toString()));
        assertEquals(26.39309, report.get("total").get("der").asDouble(), 5e-4);
        assertEquals(33.24631, report.get("total").get("jer").asDouble(), 5e-4);
    }

    @Test
    void hypothesisRecordingMissingFromTheReferenceIsAnError() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A");
        Path hyp = rttm("hyp.rttm", "a 0 10 X", "zzz 0 1 X");
        assertOneLineError(CliRun.of("eval", "-r", ref.toString(), hyp.toString()),
            hyp + ": recording 'zzz' is not in the reference " + ref);
    }

    @Test
    void recordingGivenTwiceIsAnError() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A");
        Path one = rttm("one.rttm", "a 0 10 X");
        Path two = rttm("two.rttm", "a 0 10 X");
        assertOneLineError(CliRun.of("eval", "-r", ref.toString(), one.toString(), two.toString()),
            "recording 'a' is also in " + one);
    }

    @Test
    void missingFilesAreOneLineErrors() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A");
        Path missing = dir.resolve("missing.rttm");
        assertOneLineError(CliRun.of("eval", "-r", missing.toString(), ref.toString()), missing + ": no such file");
        assertOneLineError(CliRun.of("eval", "-r", ref.toString(), missing.toString()), missing + ": no such file");
        assertOneLineError(CliRun.of("eval", "-r", ref.toString(), "--uem", missing.toString(), ref.toString()),
            missing + ": no such file");
    }

    @Test
    void malformedLinesAreOneLineErrorsNamingFileAndLine() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A");
        Path bad = Files.writeString(dir.resolve("bad.rttm"),
            "SPEAKER a 1 0.0 1.0 <NA> <NA> X <NA> <NA>\nSPEAKER a 1 0.0 1.0 <NA> <NA>\n");
        assertOneLineError(CliRun.of("eval", "-r", ref.toString(), bad.toString()),
            bad + ":2: expected 10 fields, got 7");
        Path badUem = Files.writeString(dir.resolve("bad.uem"), "a 1 0\n");
        assertOneLineError(CliRun.of("eval", "-r", ref.toString(), "--uem", badUem.toString(), ref.toString()),
            badUem + ":1: expected 4 fields");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path ref = rttm("ref.rttm", "a 0 10 A");
        assertOneLineError(CliRun.of("eval", "-r", ref.toString(), "--collar", "-1", ref.toString()),
            "--collar must be a non-negative number of seconds");
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("eval", "-r", ref.toString()).exitCode());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("eval", ref.toString()).exitCode());
        assertEquals(ExitCodes.BAD_INPUT,
            CliRun.of("eval", "-r", ref.toString(), "--format", "xml", ref.toString()).exitCode());
        assertEquals(ExitCodes.BAD_INPUT,
            CliRun.of("eval", "-r", ref.toString(), "--collar", "abc", ref.toString()).exitCode());
    }
}
