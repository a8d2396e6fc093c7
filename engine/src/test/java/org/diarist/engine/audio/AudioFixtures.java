package org.diarist.engine.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The small encoded files under {@code src/test/resources/audio} (made by {@code make-fixtures.sh} there), copied
 * out of the classpath so that tests of other modules can use them from the engine's test-jar.
 */
public final class AudioFixtures {

    private AudioFixtures() {
    }

    /** Copies fixture {@code name} (e.g. {@code tone.flac}) into {@code dir} and returns the copy. */
    public static Path copy(String name, Path dir) {
        try (InputStream in = AudioFixtures.class.getResourceAsStream("/audio/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no audio fixture " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
