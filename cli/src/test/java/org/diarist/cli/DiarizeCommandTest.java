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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diarist diarize} end to end with real, untrained native models on the bundled sample. */
class DiarizeCommandTest {

    @TempDir
    static Path dir;
    static String segmentation;
    static String embedding;

    @BeforeAll
    static void writeModels() throws Exception {
        segmentation = TestModels.segmentation(dir.resolve("segmentation")).toString();
        embedding = TestModels.embedding(Files.createDirectories(dir.resolve("embedding"))).toString();
    }

    private static CliRun diarize(String... arguments) {
        List<String> args = new java.util.ArrayList<>(List.of("diarize", "--segmentation-model", segmentation,
            "--embedding-model", embedding, "--device", "cpu", "--step", "0.25"));
        args.addAll(List.of(arguments));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesValidRttmToStdoutThatEvalScores() throws Exception {
        CliRun run = diarize(TestModels.sample().toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Map<String, Annotation> read = Rttm.read(new StringReader(run.out()), "stdout");
        assertEquals(List.of("conversation"), List.copyOf(read.keySet()));
        for (Track track : read.get("conversation").tracks()) {
            assertTrue(track.label().matches("SPEAKER_\\d\\d"), track.label());
            assertTrue(track.start() >= 0 && track.end() <= 52.1, track.toString());
        }
        assertTrue(run.err().startsWith(TestModels.sample() + ": "), "one line per file off a terminal: " + run.err());

        Path hypothesis = dir.resolve("hypothesis.rttm");
        Files.writeString(hypothesis, run.out());
        CliRun eval = CliRun.of("eval", "--reference", TestModels.sampleReference().toString(), hypothesis.toString());
        assertEquals(ExitCodes.OK, eval.exitCode(), eval.err());
    }

    @Test
    void jsonHasSpeechPerSpeakerAndCentroidsOnRequest() throws Exception {
        CliRun run = diarize(TestModels.sample().toString(), "--format", "json", "--embeddings", "--exclusive",
            "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode recording = new ObjectMapper().readTree(run.out()).get(0);
        assertEquals("conversation", recording.get("uri").asText());
        assertEquals(52.0, recording.get("duration").asDouble(), 0.1);
        assertTrue(recording.get("embedding_model").asText().startsWith("cli-test@"));
        assertTrue(recording.get("timings").has("segmentation"));
        for (JsonNode speaker : recording.get("speakers")) {
            assertTrue(speaker.get("speech").asDouble() > 0, speaker.toString());
            assertEquals(TestModels.SMALL_EMBEDDING.embeddingDim(), speaker.get("centroid").size(), speaker.toString());
        }
    }

    @Test
    void aBadFileAmongManyIsReportedAndTheOthersAreWrittenOnePerRecording() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.copy(TestModels.sample(), inputs.resolve("first.wav"));
        Files.writeString(inputs.resolve("broken.wav"), "not audio at all, just text");
        Path out = dir.resolve("out");
        CliRun run = diarize(inputs.toString(), "-o", out + "/");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
        List<String> problems = run.err().lines().filter(line -> line.startsWith("diarist: ")).toList();
        assertEquals(1, problems.size(), run.err());
        assertTrue(problems.get(0).contains("broken.wav"), run.err());
        assertTrue(Files.exists(out.resolve("first.rttm")));
        assertFalse(Files.exists(out.resolve("broken.rttm")));
        assertEquals("", run.out());
    }

    @Test
    void badOptionsAreOneLineAndExitTwo() {
        String sample = TestModels.sample().toString();
        for (String[] args : List.of(
                new String[] {sample, "--num-speakers", "0"},
                new String[] {sample, "--min-speakers", "3", "--max-speakers", "2"},
                new String[] {sample, "--clustering", "kmeans"},
                new String[] {sample, "--embeddings"},
                new String[] {sample, "--jobs", "0"},
                new String[] {sample, "--min-duration-on", "-1"},
                new String[] {sample, "--speech-threshold", "1.5"},
                new String[] {dir.resolve("empty").toString()})) {
            CliRun run = diarize(args);
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
        CliRun missingModel = CliRun.of("diarize", sample, "--segmentation-model", segmentation,
            "--embedding-model", dir.resolve("missing").toString());
        assertEquals(ExitCodes.BAD_INPUT, missingModel.exitCode(), missingModel.err());
        assertTrue(missingModel.err().strip().lines().count() == 1 && missingModel.err().contains("missing"),
            missingModel.err());
    }
}
