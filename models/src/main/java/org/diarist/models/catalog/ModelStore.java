package org.diarist.models.catalog;

import org.diarist.engine.InvalidInputException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a model name into a verified file: looks the name up in the {@link ModelCatalog}, finds the file on the
 * {@link ModelSearchPath} and checks its sha256 when the catalog knows it. Knows nothing of libtorch; loaders
 * take the path it returns.
 *
 * <pre>{@code Path vad = ModelStore.standard().resolve("silero-vad");}</pre>
 */
public final class ModelStore {

    private final ModelCatalog catalog;
    private final ModelSearchPath searchPath;

    public ModelStore(ModelCatalog catalog, ModelSearchPath searchPath) {
        this.catalog = catalog;
        this.searchPath = searchPath;
    }

    /** The built-in catalog over the standard search path. */
    public static ModelStore standard() {
        return standard(null);
    }

    /** The built-in catalog over the standard search path, with a {@code --models} folder first (may be null). */
    public static ModelStore standard(Path modelsOption) {
        return new ModelStore(ModelCatalog.builtIn(), ModelSearchPath.standard(modelsOption));
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    public ModelSearchPath searchPath() {
        return searchPath;
    }

    /**
     * The file of a catalog model, verified against its sha256 when the catalog has one; or, when the argument is
     * not a model name but a path, that file as is (nothing to verify it against).
     *
     * @throws InvalidInputException for an unknown name, a model found nowhere, a checksum mismatch or a missing file
     */
    public Path resolve(String nameOrPath) {
        if (catalog.find(nameOrPath).isEmpty()) {
            Path file = Path.of(nameOrPath);
            if (Files.isRegularFile(file)) {
                return file;
            }
            if (nameOrPath.contains("/") || nameOrPath.contains(File.separator)) {
                throw new InvalidInputException(file, "no such model file");
            }
        }
        ModelStatus status = status(catalog.entry(nameOrPath));
        switch (status.state()) {
            case VERIFIED:
            case UNVERIFIED:
                return status.path();
            case BAD_CHECKSUM:
                throw new InvalidInputException(status.path(), badChecksumProblem(status));
            default:
                throw new InvalidInputException(notFoundMessage(status.entry()));
        }
    }

    /** Where an entry's file is, and whether it matches its checksum. */
    public ModelStatus status(ModelEntry entry) {
        for (Path candidate : searchPath.candidates(entry)) {
            if (Files.isRegularFile(candidate)) {
                return check(entry, candidate);
            }
        }
        return new ModelStatus(entry, ModelStatus.State.MISSING, null, null);
    }

    /** The status of every catalog entry, in catalog order. */
    public List<ModelStatus> statusOfAll() {
        return catalog.entries().stream().map(this::status).collect(Collectors.toList());
    }

    private static ModelStatus check(ModelEntry entry, Path file) {
        if (entry.checksum().isEmpty()) {
            return new ModelStatus(entry, ModelStatus.State.UNVERIFIED, file, null);
        }
        String actual;
        try {
            actual = FileChecksums.sha256(file);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read model " + entry.name() + ": " + e.getMessage(), e);
        }
        ModelStatus.State state = actual.equals(entry.sha256()) ? ModelStatus.State.VERIFIED : ModelStatus.State.BAD_CHECKSUM;
        return new ModelStatus(entry, state, file, actual);
    }

    /** The one-line problem of a file whose checksum does not match, with the way out. */
    public static String badChecksumProblem(ModelStatus status) {
        ModelEntry entry = status.entry();
        String hint = entry.origin() == ModelOrigin.DOWNLOAD
            ? "delete it or run `diarist models pull " + entry.name() + "`"
            : "the file is corrupt or not the version the catalog describes";
        return "sha256 mismatch for model " + entry.name() + " (expected " + entry.sha256() + ", found "
            + status.actualSha256() + "); " + hint;
    }

    private String notFoundMessage(ModelEntry entry) {
        String looked = searchPath.locations().stream().map(Object::toString).collect(Collectors.joining(", "));
        String where = entry.format().isFolder() ? entry.name() + "/" + entry.file() : entry.file();
        return "model " + entry.name() + " not found (looked for " + where + " in " + (looked.isEmpty() ? "no folders" : looked)
            + "); " + howToGet(entry);
    }

    private static String howToGet(ModelEntry entry) {
        switch (entry.origin()) {
            case DOWNLOAD:
                return "run `diarist models pull " + entry.name() + "`";
            case USER_EXPORT:
                return "export it to TorchScript as " + entry.file()
                    + " (README, section Models) and put it in one of those folders, or pass its path";
            default:
                return "it ships with Diarist in " + ModelSearchPath.BUNDLED_FOLDER + "/" + entry.name()
                    + "/; run from a complete checkout (the launcher sets -Ddiarist.root)";
        }
    }
}
