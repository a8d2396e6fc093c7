package org.diarist.models.catalog;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The folders searched for model files, first match wins: {@code --models DIR}, {@code $DIARIST_MODELS} (a
 * path list), {@code ~/.cache/diarist/models}, then the weights bundled in the project at
 * {@code <diarist.root>/models/weights} (the launcher and the build pass {@code -Ddiarist.root}).
 *
 * <p>In each folder a model is found at {@code DIR/NAME/FILE}, or for a single-file model also at {@code DIR/FILE}.
 */
public final class ModelSearchPath {

    /** The environment variable naming extra model folders. */
    public static final String ENV = "DIARIST_MODELS";
    /** Where bundled weights live, relative to the project root. */
    public static final String BUNDLED_FOLDER = "models/weights";

    /** Why a folder is on the search path. */
    public enum Source {
        OPTION("--models"), ENVIRONMENT("$" + ENV), USER_CACHE("user cache"), BUNDLED("bundled");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A folder of the search path, with the reason it is there (for "looked in ..." messages). */
    public record Location(Source source, Path dir) {
        public Location {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(dir, "dir");
        }

        @Override
        public String toString() {
            return dir + " (" + source.label() + ")";
        }
    }

    private final List<Location> locations;

    private ModelSearchPath(List<Location> locations) {
        this.locations = List.copyOf(locations);
    }

    /**
     * The search path of this process: the given {@code --models} folder (or null), the environment, the user's
     * home and the {@code diarist.root} system property.
     */
    public static ModelSearchPath standard(Path modelsOption) {
        String root = System.getProperty("diarist.root");
        return of(modelsOption, System.getenv(ENV), Path.of(System.getProperty("user.home")),
            root == null ? null : Path.of(root));
    }

    /** A search path from explicit parts; any of them may be null. */
    public static ModelSearchPath of(Path modelsOption, String envValue, Path home, Path projectRoot) {
        List<Location> locations = new ArrayList<>();
        if (modelsOption != null) {
            locations.add(new Location(Source.OPTION, modelsOption));
        }
        if (envValue != null) {
            for (String dir : envValue.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    locations.add(new Location(Source.ENVIRONMENT, Path.of(dir)));
                }
            }
        }
        if (home != null) {
            locations.add(new Location(Source.USER_CACHE, userCache(home)));
        }
        if (projectRoot != null) {
            locations.add(new Location(Source.BUNDLED, projectRoot.resolve(BUNDLED_FOLDER)));
        }
        return new ModelSearchPath(locations);
    }

    /** {@code ~/.cache/diarist/models}: where {@code pull} puts models when no folder is named. */
    public static Path userCache(Path home) {
        return home.resolve(".cache").resolve("diarist").resolve("models");
    }

    public List<Location> locations() {
        return locations;
    }

    /** The folder {@code pull} writes to: the first one that is not the project's bundled weights. */
    public Optional<Path> downloadFolder() {
        return locations.stream().filter(l -> l.source() != Source.BUNDLED).map(Location::dir).findFirst();
    }

    /** The paths where an entry may be, in search order. */
    public List<Path> candidates(ModelEntry entry) {
        List<Path> paths = new ArrayList<>();
        for (Location location : locations) {
            paths.add(location.dir().resolve(entry.name()).resolve(entry.file()));
            if (!entry.format().isFolder()) {
                paths.add(location.dir().resolve(entry.file()));
            }
        }
        return paths;
    }
}
