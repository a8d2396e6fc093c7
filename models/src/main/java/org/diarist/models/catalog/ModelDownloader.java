package org.diarist.models.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads a model file over HTTP(S) into {@code FILE.part}, resuming an existing {@code .part} with a Range
 * request, checks its sha256 and only then renames it to {@code FILE} atomically, so that a model file on disk is
 * always complete. A download whose checksum does not match is deleted: resuming it could only append to bytes
 * that are already wrong.
 */
public final class ModelDownloader {

    /** Told how far a download is; {@code total} is -1 when the server does not say. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> { };
    }

    /**
     * What a download did.
     *
     * @param file        the installed file
     * @param resumedFrom the bytes of an earlier partial download that were kept (0 for a fresh download)
     * @param fetched     the bytes transferred by this call
     */
    public record Result(Path file, long resumedFrom, long fetched) {
    }

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final HttpClient client;

    public ModelDownloader() {
        // GitHub's raw URLs redirect to another host; NORMAL follows them but never from https to http.
        this.client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    }

    /** The partial file a download of {@code target} writes to. */
    public static Path partFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /**
     * Downloads {@code url} to {@code target}.
     *
     * @param sha256       the expected lower-case hex sha256; required, Diarist never installs an unchecked binary
     * @param expectedSize the expected size in bytes, or null; lets a complete {@code .part} skip the network
     * @throws ChecksumMismatchException when the downloaded bytes do not match {@code sha256}
     * @throws IOException               on a network or HTTP failure (the {@code .part} is kept for a resume)
     */
    public Result download(URI url, Path target, String sha256, Long expectedSize, Progress progress)
        throws IOException {
        Objects.requireNonNull(sha256, "a download needs the expected sha256");
        Path part = partFile(target);
        Files.createDirectories(part.toAbsolutePath().getParent());
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        if (expectedSize != null && have > expectedSize) {
            Files.delete(part);
            have = 0;
        }
        long resumedFrom = have;
        if (expectedSize == null || have < expectedSize) {
            resumedFrom = fetch(url, part, have, progress);
        }
        long fetched = Files.size(part) - resumedFrom;
        String actual = FileChecksums.hash(part);
        if (!actual.equals(sha256)) {
            Files.deleteIfExists(part);
            throw new ChecksumMismatchException(url + ": sha256 mismatch (expected " + sha256 + ", got " + actual
                + "); the download was discarded");
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Result(target, resumedFrom, fetched);
    }

    /** Appends the rest of the file to {@code part}; returns the offset the transfer really started from. */
    private long fetch(URI url, Path part, long have, Progress progress) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = send(url, request.build());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 416 && have > 0) {
                return have; // the server has nothing past what we hold: the checksum decides whether it is whole
            }
            long start;
            long total;
            if (status == 206 && have > 0) {
                ContentRange range = ContentRange.of(url, response);
                if (range.start() != have) {
                    throw new IOException(url + ": server resumed at byte " + range.start() + " instead of " + have);
                }
                start = have;
                total = range.total();
            } else if (status == 200) {
                start = 0; // no Range support: start over
                total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            } else {
                throw new IOException(url + ": HTTP " + status);
            }
            copy(url, body, part, start, total, progress);
            return start;
        }
    }

    private HttpResponse<InputStream> send(URI url, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(url + ": download interrupted");
        } catch (IOException e) {
            throw new IOException(url + ": " + describe(e), e);
        }
    }

    private static void copy(URI url, InputStream body, Path part, long start, long total, Progress progress)
        throws IOException {
        StandardOpenOption mode = start > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        long done = start;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            progress.update(done, total);
            for (int n; (n = body.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                done += n;
                progress.update(done, total);
            }
        } catch (IOException e) {
            throw new IOException(url + ": download broke off after " + done + " bytes (" + describe(e)
                + "); run the command again to resume", e);
        }
        if (total >= 0 && done != total) {
            throw new IOException(url + ": download broke off after " + done + " of " + total
                + " bytes; run the command again to resume");
        }
    }

    /** The parsed {@code Content-Range} of a 206 response; {@code total} is -1 when the server wrote '*'. */
    private record ContentRange(long start, long total) {
        static ContentRange of(URI url, HttpResponse<?> response) throws IOException {
            String header = response.headers().firstValue("Content-Range").orElse("");
            Matcher m = CONTENT_RANGE.matcher(header);
            if (!m.matches()) {
                throw new IOException(url + ": partial response without a valid Content-Range (" + header + ")");
            }
            return new ContentRange(Long.parseLong(m.group(1)), m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3)));
        }
    }

    /** The first message in the cause chain: HttpClient often throws a ConnectException without one. */
    private static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(chain.length() == 0 ? "" : ", ").append(t.getClass().getSimpleName());
        }
        return (e instanceof java.net.ConnectException ? "cannot connect (" : "failed (") + chain + ")";
    }
}
