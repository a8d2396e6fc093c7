package org.diarist.engine.evaluation;

import java.nio.file.Path;

/**
 * Paths as the report shows them: relative to the working directory the report was made in (as a user typed them,
 * e.g. {@code ../shared/data/ami/dev00.flac}), so that a committed report does not carry one machine's layout.
 */
final class DisplayPath {

    private DisplayPath() {
    }

    static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            String relative = Path.of("").toAbsolutePath().relativize(absolute).toString();
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) { // another root (Windows drives): keep it whole
            return absolute.toString();
        }
    }
}
