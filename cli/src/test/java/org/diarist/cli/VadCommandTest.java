package org.diarist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.SharedData;
import org.diarist.engine.TestAudio;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.annotation.format.Rttm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diarist vad} on the committed AMI snippet; tests that run the model skip without ../shared. */
class VadCommandTest {

    @TempDir
    Path dir;
    Path speech;

    @BeforeEach
    void copySpeech() {
        speech = TestAudio.copy(TestAudio.SPEECH, dir);
    }

    private static String model() {
        return SharedData.require("models/silero-vad/silero_vad.jit").toString();
    }

    @Test
    void writesSpeechRegionsAsRttm() throws Exception {
        CliRun run = CliRun.of("vad", speech.toString(), "--model", model(), "--device", "cpu", "--threads", "1");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Annotation annotation = Rttm.read(new StringReader(run.out()), "stdout").get("ami-sample-5.5s-4s");
        assertFalse(annotation.isEmpty(), run.out());
        assertEquals(java.util.List.of("speech"), annotation.labels());
        Track first = annotation.tracks().get(0);
        assertEquals(1.19, first.start(), 0.1, run.out()); // the reference RTTM's first turn, 6.69 s - 5.5 s
        assertEquals(4.0, annotation.tracks().get(annotation.size() - 1).end(), 1e-3, run.out());
    }

    @Test
    void findsSileroByNameInTheModelStoreAndWritesJsonToAFile() throws Exception {
        Path models = SharedData.require("models");
        Path out = dir.resolve("vad.json");
        CliRun run = CliRun.of("vad", speech.toString(), speech.toString(), "--models", models.toString(),
            "--format", "json", "-o", out.toString(), "--threshold", "0.6");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertEquals(2, json.size());
        assertEquals("ami-sample-5.5s-4s", json.get(0).get("uri").asText());
        assertEquals("speech", json.get(0).get("segments").get(0).get("speaker").asText());
    }

    @Test
    void badThresholdIsABadInput() {
        CliRun run = CliRun.of("vad", speech.toString(), "--threshold", "1.5");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("onset threshold must be in (0, 1]"), run.err());
    }

    @Test
    void unknownDeviceIsABadInput() {
        CliRun run = CliRun.of("vad", speech.toString(), "--device", "tpu");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("unknown device 'tpu'"), run.err());
    }

    @Test
    void missingModelFileIsABadInputNamingIt() {
        Path missing = dir.resolve("nowhere/vad.jit");
        CliRun run = CliRun.of("vad", speech.toString(), "--model", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(missing + ": no such model file"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose: " + run.err());
    }

    @Test
    void missingAudioIsABadInputNamingIt() {
        Path missing = dir.resolve("missing.wav");
        CliRun run = CliRun.of("vad", missing.toString(), "--model", model());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(missing.toString()), run.err());
    }

    @Test
    void helpListsTheSharedTorchOptions() {
        CliRun run = CliRun.of("vad", "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String option : new String[] {"--device", "--threads", "--model", "--threshold", "--format", "--models"}) {
            assertTrue(run.out().contains(option), option + " missing from help: " + run.out());
        }
    }
}
