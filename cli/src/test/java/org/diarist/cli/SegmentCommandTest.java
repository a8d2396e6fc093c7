package org.diarist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.annotation.format.Rttm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diarist segment} with a real, untrained native model on the bundled sample. */
class SegmentCommandTest {

    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void writeModel() {
        model = TestModels.segmentation(dir.resolve("segmentation"));
    }

    @Test
    void writesSpeechAndOverlapRegionsAsRttmCutToTheRecording() throws Exception {
        CliRun run = CliRun.of("segment", TestModels.sample().toString(), "--model", model.toString(),
            "--device", "cpu", "--step", "0.5", "--speech-threshold", "0.1", "--overlap-threshold", "0.1");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Map<String, Annotation> read = Rttm.read(new StringReader(run.out()), "stdout");
        assertEquals(List.of("conversation"), List.copyOf(read.keySet()));
        Annotation annotation = read.get("conversation");
        assertTrue(List.of("overlap", "speech").containsAll(annotation.labels()), annotation.labels().toString());
        double duration = 52.0;
        for (Track track : annotation.tracks()) {
            assertTrue(track.start() >= 0 && track.end() <= duration + 0.5, track.toString());
        }
        // Overlap is a subset of speech whatever the model: P(>= 2 speakers) <= P(>= 1 speaker) at equal thresholds.
        assertEquals(0, annotation.timeline("overlap").minus(annotation.timeline("speech")).duration(), 1e-6);
    }

    @Test
    void scoresAgainstAReferenceAndWritesJsonToAFile() throws Exception {
        Path out = dir.resolve("segments.json");
        CliRun run = CliRun.of("segment", TestModels.sample().toString(), "--model", model.toString(),
            "--step", "0.5", "--reference", TestModels.sampleReference().toString(), "--format", "json",
            "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Speech activity detection"), run.out());
        String[] lines = run.out().split("\n");
        assertTrue(lines[3].startsWith("conversation "), run.out());
        assertTrue(lines[5].startsWith("TOTAL "), run.out());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertEquals("conversation", json.get(0).get("uri").asText());
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("segment", dir.resolve("absent.wav").toString(), "--model", model.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().strip().split("\n").length, run.err());
        assertTrue(run.err().contains("absent.wav: no such file"), run.err());
    }

    @Test
    void badOptionsAndModelsAreBadInput() {
        CliRun threshold = CliRun.of("segment", TestModels.sample().toString(), "--model", model.toString(),
            "--speech-threshold", "2");
        assertEquals(ExitCodes.BAD_INPUT, threshold.exitCode(), threshold.err());
        assertEquals("diarist: --speech-threshold must be a probability between 0 and 1, got 2.0", threshold.err().strip());
        CliRun noModel = CliRun.of("segment", TestModels.sample().toString(), "--model", dir.resolve("none").toString());
        assertEquals(ExitCodes.BAD_INPUT, noModel.exitCode(), noModel.err());
        assertTrue(noModel.err().contains("none"), noModel.err());
        CliRun notInReference = CliRun.of("segment", TestModels.sample().toString(), "--model", model.toString(),
            "--reference", writeOtherReference().toString());
        assertEquals(ExitCodes.BAD_INPUT, notInReference.exitCode(), notInReference.err());
        assertTrue(notInReference.err().contains("not in the reference"), notInReference.err());
    }

    @Test
    void evalDetectionScoresAnyRttm() throws Exception {
        Path hypothesis = dir.resolve("hyp.rttm");
        Files.writeString(hypothesis, "SPEAKER conversation 1 0.000 10.000 <NA> <NA> speech <NA> <NA>\n");
        CliRun run = CliRun.of("eval-detection", "--reference", TestModels.sampleReference().toString(),
            hypothesis.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("conversation"), run.out());
    }

    private static Path writeOtherReference() {
        try {
            Path other = dir.resolve("other.rttm");
            Files.writeString(other, "SPEAKER elsewhere 1 0.000 1.000 <NA> <NA> A <NA> <NA>\n");
            return other;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
