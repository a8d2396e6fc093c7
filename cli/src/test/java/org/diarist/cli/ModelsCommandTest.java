package org.diarist.cli;

import org.diarist.models.catalog.RangeFileServer;
import org.diarist.models.catalog.TestBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diarist models list|verify|pull} against a catalog whose URLs point at an HTTP server on 127.0.0.1. */
class ModelsCommandTest {

    @TempDir
    Path dir;

    private RangeFileServer server;
    private final byte[] vad = TestBytes.random(200_000, 11);
    private Path catalog;
    private Path models;
    private URI vadUrl;

    @BeforeEach
    void setUp() throws IOException {
        server = new RangeFileServer();
        vadUrl = server.serve("/vad.jit", vad);
        models = Files.createDirectory(dir.resolve("models"));
        catalog = writeCatalog(vadUrl, TestBytes.sha256(vad));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path writeCatalog(URI url, String sha256) throws IOException {
        return Files.writeString(dir.resolve("catalog.json"), """
            {"models": [
              {"name": "test-vad", "kind": "vad", "format": "torchscript", "origin": "download", "file": "vad.jit",
               "url": "%s", "sha256": "%s", "size": %d},
              {"name": "test-seg", "kind": "segmentation", "format": "torchscript", "origin": "user-export",
               "file": "test-seg.pt"}]}""".formatted(url, sha256, vad.length));
    }

    private CliRun models(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--catalog", catalog.toString(), "--models", models.toString()}, 0,
            all, args.length, 4);
        String[] command = new String[all.length + 1];
        command[0] = "models";
        System.arraycopy(all, 0, command, 1, all.length);
        return CliRun.of(command);
    }

    @Test
    void pullDownloadsVerifiesAndInstalls() throws IOException {
        CliRun run = models("pull", "test-vad");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Path installed = models.resolve("vad.jit");
        assertArrayEquals(vad, Files.readAllBytes(installed));
        assertEquals("test-vad: downloaded " + vad.length + " bytes, sha256 verified, installed at " + installed + "\n",
            run.out());
        assertEquals("", run.err(), "no progress bar without a terminal");
    }

    @Test
    void pullResumesAPartialDownload() throws IOException {
        Files.write(models.resolve("vad.jit.part"), Arrays.copyOf(vad, 50_000));

        CliRun run = models("pull", "test-vad");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertArrayEquals(vad, Files.readAllBytes(models.resolve("vad.jit")));
        assertEquals(List.of("bytes=50000-"), server.rangesRequested());
        assertTrue(run.out().contains("resumed after 50000 bytes"), run.out());
    }

    @Test
    void pullOfAPresentModelDoesNotDownloadAgain() throws IOException {
        Files.write(models.resolve("vad.jit"), vad);

        CliRun run = models("pull", "test-vad");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("test-vad: already present and verified"), run.out());
        assertEquals(List.of(), server.rangesRequested());
    }

    @Test
    void pullWithAChecksumMismatchInstallsNothingAndExits1() throws IOException {
        catalog = writeCatalog(vadUrl, "0".repeat(64));

        CliRun run = models("pull", "test-vad");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("diarist: error: " + vadUrl + ": sha256 mismatch (expected " + "0".repeat(64) + ", got "
            + TestBytes.sha256(vad) + "); the download was discarded\n", run.err());
        assertFalse(Files.exists(models.resolve("vad.jit")));
        assertFalse(Files.exists(models.resolve("vad.jit.part")));
    }

    @Test
    void pullFromAMissingUrlIsOneLineAndExits1() {
        URI missing = server.url("/gone.jit");

        CliRun run = models("pull", "test-vad", "--url", missing.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("diarist: error: " + missing + ": HTTP 404\n", run.err());
    }

    @Test
    void pullOfAUserExportWithoutUrlExplainsAndExits2() {
        CliRun run = models("pull", "test-seg");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: model test-seg has no download URL: export it yourself (README, section Models), "
            + "or give --url URL --sha256 HEX\n", run.err());
    }

    @Test
    void pullOfAUserExportFromAUrlNeedsAChecksum() throws IOException {
        URI url = server.serve("/seg.pt", vad);

        CliRun refused = models("pull", "test-seg", "--url", url.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("give --sha256 HEX"), refused.err());

        CliRun pulled = models("pull", "test-seg", "--url", url.toString(), "--sha256", TestBytes.sha256(vad));
        assertEquals(ExitCodes.OK, pulled.exitCode(), pulled.err());
        assertArrayEquals(vad, Files.readAllBytes(models.resolve("test-seg.pt")));
    }

    @Test
    void pullOfAnUnknownModelListsTheKnownOnes() {
        CliRun run = models("pull", "nope");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: unknown model 'nope' (known models: test-vad, test-seg)\n", run.err());
    }

    @Test
    void listShowsStatusAndPathOfEveryModel() throws IOException {
        Path seg = Files.write(models.resolve("test-seg.pt"), vad);

        CliRun missing = models("list");
        assertEquals(ExitCodes.OK, missing.exitCode(), missing.err());
        assertTrue(missing.out().matches("(?s)NAME +KIND +FORMAT +STATUS +PATH\n"
            + "test-vad +vad +torchscript +missing +-\n"
            + "test-seg +segmentation +torchscript +present-unverified +" + seg + "\n"), missing.out());

        Files.write(models.resolve("vad.jit"), vad);
        assertTrue(models("list").out().matches("(?s).*\ntest-vad +vad +torchscript +present +"
            + models.resolve("vad.jit") + "\n.*"));

        Files.write(models.resolve("vad.jit"), Arrays.copyOf(vad, 10));
        assertTrue(models("list").out().contains(" bad-checksum "));
    }

    @Test
    void verifyFailsOnACorruptFileAndNamesIt() throws IOException {
        Path corrupt = Files.write(models.resolve("vad.jit"), Arrays.copyOf(vad, 10));

        CliRun run = models("verify");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("diarist: " + corrupt + ": sha256 mismatch for model test-vad"), run.err());
    }

    @Test
    void verifyPassesForSoundFilesAndFailsForAMissingNamedOne() throws IOException {
        Files.write(models.resolve("vad.jit"), vad);

        assertEquals(ExitCodes.OK, models("verify").exitCode());
        assertEquals(ExitCodes.OK, models("verify", "test-vad").exitCode());

        CliRun run = models("verify", "test-seg");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: model test-seg is missing (see `diarist models list`)\n", run.err());
    }

    @Test
    void progressBarDrawsABarAndEndsItsLine() {
        java.io.StringWriter text = new java.io.StringWriter();
        try (ProgressBar bar = new ProgressBar(new java.io.PrintWriter(text), "m", true)) {
            bar.update(0, 2_000_000);
            bar.update(1_000_000, 2_000_000);
            bar.update(1_000_000, 2_000_000);
            bar.update(2_000_000, 2_000_000);
        }
        assertEquals("\rm  [------------------------------]   0%  0.0 MB / 2.0 MB"
            + "\rm  [###############---------------]  50%  1.0 MB / 2.0 MB"
            + "\rm  [##############################] 100%  2.0 MB / 2.0 MB" + System.lineSeparator(), text.toString());
    }
}
