package org.diarist.models.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One data set on disk, turned into manifest entries. */
public interface DataSource {

    /** The data set's name, also the prefix of its speaker ids. */
    String name();

    /** The folder the data set lives in. */
    Path root();

    /** Whether the data set is present; absent ones are skipped with a note. */
    default boolean available() {
        return java.nio.file.Files.isDirectory(root());
    }

    List<ManifestEntry> entries(DurationProbe probe) throws IOException;
}
