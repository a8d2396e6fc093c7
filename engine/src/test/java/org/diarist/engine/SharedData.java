package org.diarist.engine;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only {@code ../shared} folder (data and models that never enter the repository).
 * Tests that need it call {@link #require(String)}, which skips the test with a message when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, from {@code -Ddiarist.shared} (set by the build) or {@code ../shared}. */
    public static Path root() {
        String configured = System.getProperty("diarist.shared");
        return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
    }

    /** A file or folder under the shared folder; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
            "skipped: needs " + path + " (the ../shared data folder is not present)");
        return path;
    }

    /** The repository root, from {@code -Ddiarist.root} (set by the build). */
    public static Path repositoryRoot() {
        String configured = System.getProperty("diarist.root");
        return Path.of(configured != null ? configured : "..").toAbsolutePath().normalize();
    }
}
