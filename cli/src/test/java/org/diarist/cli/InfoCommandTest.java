package org.diarist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.audio.AudioFixtures;
import org.diarist.engine.audio.Sines;
import org.diarist.engine.audio.TestWav;
import org.diarist.engine.audio.TestWav.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfoCommandTest {

    @TempDir
    Path dir;

    private Path stereoWav() {
        double[] tone = Sines.sine(440, 44100, 44100 * 3 / 2, 0.5, 0);
        return TestWav.of(Sample.S24, 44100, 2).write(dir.resolve("speech.wav"), Sines.interleave(tone, tone));
    }

    @Test
    void tableShowsOneRowPerFile() {
        Path wav = stereoWav();
        Path flac = AudioFixtures.copy("tone.flac", dir);
        CliRun run = CliRun.of("info", wav.toString(), flac.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[0].matches("FILE +FORMAT +CODEC +RATE +CHANNELS +DURATION +SAMPLES"), lines[0]);
        assertTrue(lines[1].matches(".*speech\\.wav +wav +pcm_s24le +44100 +2 +00:00:01\\.50 +66150"), lines[1]);
        assertTrue(lines[2].matches(".*tone\\.flac +flac +flac +22050 +2 +00:00:00\\.50 +11025"), lines[2]);
        assertEquals("", run.err());
    }

    @Test
    void jsonIsAnArrayOfObjects() throws IOException {
        Path wav = stereoWav();
        CliRun run = CliRun.of("info", "--format", "json", wav.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertTrue(array.isArray());
        assertEquals(1, array.size());
        JsonNode info = array.get(0);
        assertEquals(wav.toString(), info.get("file").asText());
        assertEquals("wav", info.get("format").asText());
        assertEquals("pcm_s24le", info.get("codec").asText());
        assertEquals(44100, info.get("sample_rate").asInt());
        assertEquals(2, info.get("channels").asInt());
        assertEquals(66150, info.get("frames").asLong());
        assertEquals(1.5, info.get("duration").asDouble(), 1e-12);
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheOthersStillPrinted() throws IOException {
        Path good = stereoWav();
        Path bad = Files.writeString(dir.resolve("notes.wav"), "not audio at all");
        Path alsoGood = AudioFixtures.copy("tone.opus", dir);
        CliRun run = CliRun.of("info", "--format", "json", good.toString(), bad.toString(), alsoGood.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(2, new ObjectMapper().readTree(run.out()).size());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("diarist: " + bad + ": "), run.err());
    }

    @Test
    void everyKindOfBadInputIsOneLineAndExitCodeTwo() throws IOException {
        byte[] wav = Files.readAllBytes(stereoWav());
        Path[] bad = {
            dir.resolve("missing.wav"),
            Files.createDirectory(dir.resolve("folder.wav")),
            Files.createFile(dir.resolve("empty.wav")),
            Files.write(dir.resolve("truncated.wav"), Arrays.copyOf(wav, 30)),
            Files.writeString(dir.resolve("text.mp3"), "ID3? no: just some words\n"),
            TestWav.of(Sample.S16, 16000, 1).write(dir.resolve("no-samples.wav"), new double[0]),
            TestWav.of(Sample.S16, 16000, 1).formatTag(0x1234).writeBytes(dir.resolve("codec.wav"), new byte[64]),
            AudioFixtures.copy("empty.flac", dir),
            AudioFixtures.copy("silent-video.mp4", dir),
        };
        String[] reasons = {"no such file", "is a directory", "empty file", "truncated WAV header",
            "not a recognised audio or video format", "contains no audio samples", "unsupported codec",
            "contains no audio samples", "no audio stream"};
        for (int i = 0; i < bad.length; i++) {
            CliRun run = CliRun.of("info", bad[i].toString());
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
            assertEquals("", run.out());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("diarist: " + bad[i] + ": "), run.err());
            assertTrue(run.err().contains(reasons[i]), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.wav"));
        CliRun run = CliRun.of("info", "--verbose", empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("InvalidInputException"), run.err());
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("info").exitCode());
    }

    @Test
    void clockLooksLikeSoxi() {
        assertEquals("00:00:30.00", InfoCommand.clock(30));
        assertEquals("02:00:00.01", InfoCommand.clock(7200.006));
        assertEquals("00:01:01.50", InfoCommand.clock(61.5));
    }
}
