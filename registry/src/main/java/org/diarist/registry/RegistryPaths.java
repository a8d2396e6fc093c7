package org.diarist.registry;

import org.diarist.registry.store.RegistryDatabase;

import java.nio.file.Path;

/** Where a registry lives: the database file and, beside it, the derived index file. */
public final class RegistryPaths {

    private static final String INDEX_SUFFIX = ".hnsw";

    private RegistryPaths() {
    }

    /** {@code $XDG_DATA_HOME/diarist/registry}, or {@code ~/.local/share/diarist/registry}. */
    public static Path defaultLocation() {
        String dataHome = System.getenv("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank()
            ? Path.of(dataHome)
            : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("diarist").resolve("registry");
    }

    /** The path H2 is given: {@code foo.mv.db} becomes {@code foo}. */
    public static Path basePath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(RegistryDatabase.FILE_SUFFIX) && name.length() > RegistryDatabase.FILE_SUFFIX.length()) {
            return absolute.resolveSibling(name.substring(0, name.length() - RegistryDatabase.FILE_SUFFIX.length()));
        }
        return absolute;
    }

    public static Path databaseFile(Path basePath) {
        return RegistryDatabase.dataFile(basePath);
    }

    public static Path indexFile(Path basePath) {
        return basePath.resolveSibling(basePath.getFileName() + INDEX_SUFFIX);
    }
}
