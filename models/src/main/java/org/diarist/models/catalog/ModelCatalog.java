package org.diarist.models.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The models Diarist knows by name: what each one is, which file holds it, where to download it and its sha256.
 * The built-in catalog is the resource {@code catalog.json} next to this class; {@link #fromFile(Path)} reads an
 * alternate one (a user's own exports with their checksums, or a test server's URLs).
 */
public final class ModelCatalog {

    private static final String BUILT_IN = "catalog.json";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Map<String, ModelEntry> entries;

    private ModelCatalog(Map<String, ModelEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The catalog shipped with Diarist. */
    public static ModelCatalog builtIn() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in model catalog " + BUILT_IN + " is missing from the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in model catalog", e);
        }
    }

    /** A catalog from a JSON file with the same layout as the built-in one. */
    public static ModelCatalog fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file, "no such model catalog");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new InvalidInputException(file, "not a JSON model catalog: " + firstLine(e.getMessage()), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file, e.getMessage(), e);
        }
    }

    /** The entry of a model name; an unknown name is the user's mistake, reported with the known names. */
    public ModelEntry entry(String name) {
        return find(name).orElseThrow(() -> new InvalidInputException(
            "unknown model '" + name + "' (known models: " + String.join(", ", names()) + ")"));
    }

    public Optional<ModelEntry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Entries in catalog order. */
    public List<ModelEntry> entries() {
        return List.copyOf(entries.values());
    }

    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    private static ModelCatalog parse(JsonNode root) {
        JsonNode models = root.path("models");
        if (!models.isArray()) {
            throw new IllegalArgumentException("expected an object with a \"models\" array");
        }
        Map<String, ModelEntry> entries = new LinkedHashMap<>();
        Set<String> singleFiles = new HashSet<>();
        for (JsonNode node : models) {
            ModelEntry entry;
            try {
                entry = parseEntry(node);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("model " + node.path("name").asText("#" + entries.size()) + ": "
                    + e.getMessage(), e);
            }
            if (entries.putIfAbsent(entry.name(), entry) != null) {
                throw new IllegalArgumentException("model " + entry.name() + " is listed twice");
            }
            // Single-file models may sit directly in a models folder, so their file names must not collide.
            if (!entry.format().isFolder() && !singleFiles.add(entry.file())) {
                throw new IllegalArgumentException("model " + entry.name() + ": file " + entry.file()
                    + " is already used by another model");
            }
        }
        return new ModelCatalog(entries);
    }

    private static ModelEntry parseEntry(JsonNode node) {
        String name = required(node, "name");
        String file = required(node, "file");
        if (file.contains("/") || file.contains("\\")) {
            throw new IllegalArgumentException("file must be a plain file name, not " + file);
        }
        ModelOrigin origin = ModelOrigin.fromId(required(node, "origin"));
        String sha256 = optional(node, "sha256");
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        String url = optional(node, "url");
        if (origin == ModelOrigin.DOWNLOAD && (url == null || sha256 == null)) {
            throw new IllegalArgumentException("a downloadable model needs both url and sha256");
        }
        JsonNode size = node.get("size");
        if (size != null && !size.canConvertToLong()) {
            throw new IllegalArgumentException("size must be a number of bytes");
        }
        return new ModelEntry(name,
            ModelKind.fromId(required(node, "kind")),
            ModelFormat.fromId(required(node, "format")),
            origin,
            file,
            url == null ? null : URI.create(url),
            sha256,
            size == null ? null : size.asLong(),
            optional(node, "licence"),
            optional(node, "modelCard"),
            optional(node, "contract"));
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
