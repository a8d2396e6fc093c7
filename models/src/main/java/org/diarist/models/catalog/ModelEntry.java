package org.diarist.models.catalog;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One model of the catalog.
 *
 * @param name      the name users type ({@code silero-vad})
 * @param kind      what the model does
 * @param format    how its weights are stored
 * @param origin    how a user gets it
 * @param file      the file name looked up in each models folder ({@code model.safetensors} for native models)
 * @param url       where {@code diarist models pull} downloads it from, or null
 * @param sha256    the lower-case hex sha256 of the file, or null when it cannot be known (user exports)
 * @param size      the file size in bytes, or null when unknown
 * @param licence   the licence of the weights
 * @param modelCard a URL, or a repository-relative path of the model card
 * @param contract  the input/output contract in words, for error messages and {@code models list}
 */
public record ModelEntry(String name, ModelKind kind, ModelFormat format, ModelOrigin origin, String file,
                         URI url, String sha256, Long size, String licence, String modelCard, String contract) {

    public ModelEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(file, "file");
    }

    public Optional<URI> downloadUrl() {
        return Optional.ofNullable(url);
    }

    public Optional<String> checksum() {
        return Optional.ofNullable(sha256);
    }

    public Optional<Long> expectedSize() {
        return Optional.ofNullable(size);
    }
}
