package org.diarist.cli;

import org.diarist.engine.annotation.Segment;
import org.diarist.registry.DiarizedSpeaker;
import org.diarist.registry.RecordingInfo;
import org.diarist.registry.RegistryConfig;
import org.diarist.registry.SpeakerRegistry;
import org.diarist.registry.SyntheticVoices;
import org.diarist.registry.VoiceprintInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diarist speakers ...} on a registry filled through the library with synthetic voices. */
class SpeakersCommandTest {

    private static final SyntheticVoices VOICES = SyntheticVoices.forSameSpeakerCosine(192, 0.7, 77);

    @TempDir
    Path dir;

    private Path registry;

    @BeforeEach
    void fillRegistry() {
        registry = dir.resolve("speakers");
        // Synthetic voices are farther apart than real ones: they need a lower threshold than the default,
        // which is calibrated on the bundled embedding model.
        try (SpeakerRegistry speakers = SpeakerRegistry.open(
                 RegistryConfig.builder().location(registry).threshold(0.5).build())) {
            speakers.enroll("Alice", List.of(VoiceprintInput.of(VOICES.embedding("m", 1, 0)),
                VoiceprintInput.of(VOICES.embedding("m", 1, 1))));
            speakers.track(new RecordingInfo("/rec/meeting.wav", "h1", 60), List.of(
                new DiarizedSpeaker("SPEAKER_00", VOICES.embedding("m", 1, 5), 20, List.of(new Segment(0, 20))),
                new DiarizedSpeaker("SPEAKER_01", VOICES.embedding("m", 2, 5), 12,
                    List.of(new Segment(20, 26), new Segment(30, 36)))));
        }
    }

    @Test
    void listsNamedThenProvisionalSpeakers() {
        CliRun run = CliRun.of("speakers", "list", "--registry", registry.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[0].startsWith("NAME"), lines[0]);
        assertTrue(lines[1].matches("Alice\\s+named\\s+3\\s+1\\s+.*"), lines[1]);
        assertTrue(lines[2].matches("SPK-000001\\s+provisional\\s+1\\s+1\\s+.*"), lines[2]);

        CliRun json = CliRun.of("speakers", "list", "--format", "json", "--registry", registry + ".mv.db");
        assertEquals(ExitCodes.OK, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"name\" : \"SPK-000001\""), json.out());
    }

    @Test
    void showsVoiceprintsAndAppearances() {
        CliRun run = CliRun.of("speakers", "show", "SPK-000001", "--registry", registry.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("SPK-000001 (provisional): 1 voiceprints, 1 appearances"), run.out());
        assertTrue(run.out().contains("/rec/meeting.wav [20.00-36.00]"), run.out());
        assertTrue(run.out().contains("SPEAKER_01  12.0 s speech in 2 turns  score - (new)"), run.out());

        CliRun alice = CliRun.of("speakers", "show", "Alice", "--format", "json", "--registry", registry.toString());
        assertTrue(alice.out().contains("\"label\" : \"SPEAKER_00\""), alice.out());
        assertTrue(alice.out().contains("\"score\" : 0."), alice.out());
    }

    @Test
    void renamesMergesAndDeletes() {
        CliRun rename = CliRun.of("speakers", "rename", "SPK-000001", "Bob", "--registry", registry.toString());
        assertEquals(ExitCodes.OK, rename.exitCode(), rename.err());
        assertEquals("renamed SPK-000001 to Bob\n", rename.out());

        CliRun merge = CliRun.of("speakers", "merge", "Bob", "--into", "Alice", "--registry", registry.toString());
        assertEquals(ExitCodes.OK, merge.exitCode(), merge.err());
        assertEquals("merged Bob into Alice (4 voiceprints, 2 appearances)\n", merge.out());

        CliRun delete = CliRun.of("speakers", "delete", "Alice", "--registry", registry.toString());
        assertEquals(ExitCodes.OK, delete.exitCode(), delete.err());
        assertEquals("no speakers\n", CliRun.of("speakers", "list", "--registry", registry.toString()).out());
    }

    @Test
    void exportsAndImportsIntoAnotherRegistry() throws IOException {
        Path export = dir.resolve("export.jsonl");
        CliRun out = CliRun.of("speakers", "export", "-o", export.toString(), "--registry", registry.toString());
        assertEquals(ExitCodes.OK, out.exitCode(), out.err());
        assertEquals("exported 2 speakers, 4 voiceprints\n", out.err());
        List<String> lines = Files.readAllLines(export);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains("\"embeddingModel\":\"m\""), lines.get(0));

        CliRun stdout = CliRun.of("speakers", "export", "--quiet", "--registry", registry.toString());
        assertEquals(String.join("\n", lines) + "\n", stdout.out());
        assertEquals("", stdout.err());

        Path other = dir.resolve("other");
        CliRun in = CliRun.of("speakers", "import", export.toString(), "--registry", other.toString());
        assertEquals(ExitCodes.OK, in.exitCode(), in.err());
        assertEquals("imported 2 speakers, 4 voiceprints (0 already present)\n", in.out());
        CliRun again = CliRun.of("speakers", "import", export.toString(), "--registry", other.toString());
        assertEquals("imported 0 speakers, 0 voiceprints (4 already present)\n", again.out());
    }

    @Test
    void userMistakesExitWithTwoAndOneLine() throws IOException {
        CliRun missing = CliRun.of("speakers", "list", "--registry", dir.resolve("nowhere").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode());
        assertEquals("diarist: " + dir.resolve("nowhere.mv.db") + ": no speaker registry here\n", missing.err());
        assertFalse(Files.exists(dir.resolve("nowhere.mv.db")), "listing never creates a registry");

        CliRun nobody = CliRun.of("speakers", "show", "Nobody", "--registry", registry.toString());
        assertEquals(ExitCodes.BAD_INPUT, nobody.exitCode());
        assertTrue(nobody.err().endsWith("no speaker called 'Nobody'\n"), nobody.err());

        CliRun taken = CliRun.of("speakers", "rename", "SPK-000001", "Alice", "--registry", registry.toString());
        assertEquals(ExitCodes.BAD_INPUT, taken.exitCode());

        Path noise = dir.resolve("noise.mv.db");
        byte[] bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        Files.write(noise, bytes);
        CliRun corrupt = CliRun.of("speakers", "list", "--registry", noise.toString());
        assertEquals(ExitCodes.BAD_INPUT, corrupt.exitCode());
        assertEquals("diarist: " + noise + ": not a Diarist speaker registry (not an H2 database file)\n",
            corrupt.err());

        Path notExport = Files.writeString(dir.resolve("x.jsonl"), "hello\n");
        CliRun badImport = CliRun.of("speakers", "import", notExport.toString(), "--registry", registry.toString());
        assertEquals(ExitCodes.BAD_INPUT, badImport.exitCode());
        assertTrue(badImport.err().startsWith("diarist: " + notExport + ":1: not JSON"), badImport.err());

        CliRun noSub = CliRun.of("speakers");
        assertEquals(ExitCodes.BAD_INPUT, noSub.exitCode());
    }
}
