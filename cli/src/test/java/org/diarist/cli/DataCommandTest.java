package org.diarist.cli;

import org.diarist.engine.audio.TestWav;
import org.diarist.models.data.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheManifestAndPrintsCountsPerDataset() throws Exception {
        Path data = dir.resolve("data");
        TestWav wav = TestWav.of(TestWav.Sample.S16, 8000, 1);
        Files.createDirectories(data.resolve("an4"));
        Files.createDirectories(data.resolve("fsdd"));
        Files.createDirectories(data.resolve("librispeech/test-other/1688"));
        wav.write(data.resolve("an4/an104-mrcb-b.wav"), new double[8000]);
        wav.write(data.resolve("an4/an22-flrp-b.wav"), new double[4000]);
        wav.write(data.resolve("fsdd/0_theo_0.wav"), new double[2000]);
        wav.write(data.resolve("librispeech/test-other/1688/1688-142285-0000.wav"), new double[8000]);
        Path out = dir.resolve("out/train.tsv");

        CliRun run = CliRun.of("data", "manifest", "--shared", dir.toString(), "--out", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains(String.format("%-28s %8d %8d %8d %8.2f", "an4", 2, 2, 2, 1.5 / 3600)), run.out());
        assertTrue(run.out().contains(String.format("%-28s %8d %8d %8d %8.2f", "total", 3, 3, 3, 1.75 / 3600)), run.out());
        Manifest manifest = Manifest.read(out);
        assertEquals(3, manifest.size());
        assertEquals(1.0, manifest.entries().stream().filter(e -> e.speaker().equals("an4:mrcb")).findFirst()
            .orElseThrow().duration(), 1e-9);
        assertEquals(java.util.List.of("an4:flrp", "an4:mrcb", "fsdd:theo"), manifest.speakers());
    }

    @Test
    void heldOutWritesTheEvaluationVoicesAlone() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("librispeech/test-other/1688"));
        Files.createDirectories(data.resolve("an4"));
        TestWav wav = TestWav.of(TestWav.Sample.S16, 16000, 1);
        wav.write(data.resolve("librispeech/test-other/1688/1688-142285-0000.wav"), new double[16000]);
        wav.write(data.resolve("an4/an104-mrcb-b.wav"), new double[16000]);
        Path out = dir.resolve("eval.tsv");

        CliRun run = CliRun.of("data", "manifest", "--held-out", "--shared", data.toString(), "--out", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(java.util.List.of("librispeech:1688"), Manifest.read(out).speakers());
        CliRun both = CliRun.of("data", "manifest", "--held-out", "--debian-cache", dir.toString(), "--shared",
            data.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, both.exitCode());
    }

    @Test
    void reportsAMissingFolderInOneLine() {
        Path missing = dir.resolve("nowhere");
        CliRun run = CliRun.of("data", "manifest", "--shared", missing.toString(), "--out", dir.resolve("m.tsv").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: " + missing + ": not a directory", run.err().strip());
    }

    @Test
    void reportsAFolderWithoutDataSets() {
        CliRun run = CliRun.of("data", "manifest", "--shared", dir.toString(), "--out", dir.resolve("m.tsv").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: " + dir + ": no training data sets found", run.err().strip());
    }
}
