package org.diarist.cli;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.TestWav;
import org.diarist.models.data.Manifest;
import org.diarist.models.data.ManifestEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private Path manifest;

    /** Four speakers, two utterances each: harmonic bursts at a speaker's own pitch between silences. */
    @BeforeEach
    void writeVoices() throws Exception {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            for (int u = 0; u < 2; u++) {
                double[] x = new double[4 * 16000];
                for (int i = 8000; i < x.length - 8000; i++) {
                    boolean burst = (i / 12000) % 2 == 0;
                    x[i] = burst ? 0.2 * Math.sin(2 * Math.PI * (120 + 40 * s) * i / 16000.0) : 0;
                }
                Path wav = dir.resolve("voices/s" + s + "-" + u + ".wav");
                Files.createDirectories(wav.getParent());
                TestWav.of(TestWav.Sample.S16, 16000, 1).write(wav, x);
                entries.add(ManifestEntry.whole(wav, "test:" + s, "test", 4.0));
            }
        }
        manifest = dir.resolve("voices.tsv");
        new Manifest(entries).write(manifest);
    }

    @Test
    void writesConversationsAndTheirReference() throws Exception {
        Path out = dir.resolve("sim");
        CliRun run = CliRun.of("data", "simulate", "--data", manifest.toString(), "--out", out.toString(),
            "--count", "3", "--duration", "12", "--speakers", "2-3", "--seed", "5");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("3 conversations, 0.6 min"), run.out());

        Map<String, Annotation> references = Rttm.read(out.resolve("reference.rttm"));
        assertEquals(List.of("sim-5", "sim-6", "sim-7"), List.copyOf(references.keySet()));
        for (String uri : references.keySet()) {
            assertEquals(12 * 16000, Audio.probe(out.resolve(uri + ".wav")).frames());
            assertTrue(references.get(uri).labels().size() >= 2, references.get(uri).toString());
        }

        Path again = dir.resolve("again");
        CliRun.of("data", "simulate", "--data", manifest.toString(), "--out", again.toString(),
            "--count", "1", "--duration", "12", "--speakers", "2-3", "--seed", "6");
        assertArrayEquals(Files.readAllBytes(out.resolve("sim-6.wav")), Files.readAllBytes(again.resolve("sim-6.wav")));
    }

    @Test
    void rejectsBadRangesInOneLine() {
        CliRun run = CliRun.of("data", "simulate", "--data", manifest.toString(), "--out", dir.toString(),
            "--speakers", "2-9");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: speakers must satisfy 1 <= min <= max <= 5", run.err().strip());

        run = CliRun.of("data", "simulate", "--data", manifest.toString(), "--out", dir.toString(), "--overlap", "lots");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: --overlap takes MIN-MAX fractions such as 0.05-0.25, not 'lots'", run.err().strip());

        run = CliRun.of("data", "simulate", "--data", dir.resolve("none.tsv").toString(), "--out", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: " + dir.resolve("none.tsv") + ": no such manifest", run.err().strip());
    }
}
