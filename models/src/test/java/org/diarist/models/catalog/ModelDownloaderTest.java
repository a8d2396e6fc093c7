package org.diarist.models.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelDownloaderTest {

    @TempDir
    Path dir;

    private RangeFileServer server;
    private final byte[] content = TestBytes.random(300_000, 7);
    private final String sha256 = TestBytes.sha256(content);

    @BeforeEach
    void startServer() throws IOException {
        server = new RangeFileServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void fullDownloadIsVerifiedAndInstalled() throws IOException {
        URI url = server.serve("/model.pt", content);
        Path target = dir.resolve("model.pt");
        List<Long> reported = new ArrayList<>();

        ModelDownloader.Result result = new ModelDownloader().download(url, target, sha256, (long) content.length,
            (done, total) -> {
                reported.add(done);
                assertEquals(content.length, total);
            });

        assertArrayEquals(content, Files.readAllBytes(target));
        assertFalse(Files.exists(ModelDownloader.partFile(target)));
        assertEquals(0, result.resumedFrom());
        assertEquals(content.length, result.fetched());
        assertEquals(List.of(""), server.rangesRequested());
        assertEquals(content.length, reported.get(reported.size() - 1));
    }

    @Test
    void partialDownloadIsResumedWithARangeRequest() throws IOException {
        URI url = server.serve("/model.pt", content);
        Path target = dir.resolve("model.pt");
        Files.write(ModelDownloader.partFile(target), Arrays.copyOf(content, 123_456));

        ModelDownloader.Result result = new ModelDownloader().download(url, target, sha256, null,
            ModelDownloader.Progress.NONE);

        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of("bytes=123456-"), server.rangesRequested());
        assertEquals(123_456, result.resumedFrom());
        assertEquals(content.length - 123_456, result.fetched());
    }

    @Test
    void completePartFileOfTheExpectedSizeNeedsNoRequest() throws IOException {
        URI url = server.serve("/model.pt", content);
        Path target = dir.resolve("model.pt");
        Files.write(ModelDownloader.partFile(target), content);

        new ModelDownloader().download(url, target, sha256, (long) content.length, ModelDownloader.Progress.NONE);

        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of(), server.rangesRequested());
    }

    @Test
    void completePartFileOfUnknownSizeIsAcceptedAfterA416() throws IOException {
        URI url = server.serve("/model.pt", content);
        Path target = dir.resolve("model.pt");
        Files.write(ModelDownloader.partFile(target), content);

        new ModelDownloader().download(url, target, sha256, null, ModelDownloader.Progress.NONE);

        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of("bytes=" + content.length + "-"), server.rangesRequested());
    }

    @Test
    void checksumMismatchInstallsNothingAndDiscardsThePart() throws IOException {
        byte[] tampered = content.clone();
        tampered[1000] ^= 1;
        URI url = server.serve("/model.pt", tampered);
        Path target = dir.resolve("model.pt");

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
            () -> new ModelDownloader().download(url, target, sha256, null, ModelDownloader.Progress.NONE));

        assertTrue(e.getMessage().contains("expected " + sha256 + ", got " + TestBytes.sha256(tampered)), e.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(ModelDownloader.partFile(target)));
    }

    @Test
    void httpErrorIsAnIOExceptionNamingTheUrlAndStatus() {
        URI url = server.url("/missing.pt");
        Path target = dir.resolve("model.pt");

        IOException e = assertThrows(IOException.class,
            () -> new ModelDownloader().download(url, target, sha256, null, ModelDownloader.Progress.NONE));

        assertEquals(url + ": HTTP 404", e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void refusedConnectionIsAnIOExceptionNamingTheUrl() {
        URI url = server.url("/model.pt");
        server.close();
        Path target = dir.resolve("model.pt");

        IOException e = assertThrows(IOException.class,
            () -> new ModelDownloader().download(url, target, sha256, null, ModelDownloader.Progress.NONE));

        assertTrue(e.getMessage().startsWith(url + ": "), e.getMessage());
    }
}
