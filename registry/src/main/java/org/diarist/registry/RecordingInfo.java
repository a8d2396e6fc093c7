package org.diarist.registry;

import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A recording as the registry knows it. The content hash, not the path, identifies it: a file that moved is
 * the same recording, and tracking it twice adds nothing.
 */
public record RecordingInfo(String path, String contentHash, double durationSeconds) {

    public RecordingInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        if (contentHash.isBlank()) {
            throw new IllegalArgumentException("empty content hash for " + path);
        }
        if (!(durationSeconds >= 0)) {
            throw new IllegalArgumentException("bad duration " + durationSeconds + " for " + path);
        }
    }

    /** Describes a file on disk, hashing its bytes (SHA-256). */
    public static RecordingInfo of(Path file, double durationSeconds) {
        return new RecordingInfo(file.toAbsolutePath().normalize().toString(), sha256(file), durationSeconds);
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest stream hashes what passes through
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
