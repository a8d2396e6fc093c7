package org.diarist.models.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * sha256 of files, remembered for the life of the process by (path, size, modification time) so that a model
 * resolved by several stages of one run is read once. Nothing is cached on disk: the models are a few to a few
 * tens of MB, hashed in well under a second, and a persistent cache would be one more thing that can go stale.
 */
public final class FileChecksums {

    private record Key(Path path, long size, long modifiedMillis) {
    }

    private static final Map<Key, String> MEMO = new ConcurrentHashMap<>();

    private FileChecksums() {
    }

    /** The lower-case hex sha256 of a file. */
    public static String sha256(Path file) throws IOException {
        Path real = file.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        Key key = new Key(real, attributes.size(), attributes.lastModifiedTime().toMillis());
        String known = MEMO.get(key);
        if (known != null) {
            return known;
        }
        String computed = hash(real);
        MEMO.put(key, computed);
        return computed;
    }

    /** Hashes without the memo, for files still being written. */
    static String hash(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
