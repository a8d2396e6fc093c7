package org.diarist.models.data;

import java.nio.file.Path;

/**
 * One stretch of single-speaker speech for training: a whole file, or an excerpt {@code [start, end)} of it.
 *
 * @param path      the audio file
 * @param speaker   speaker id prefixed with its data set's name ({@code librispeech:103}), because raw ids are
 *                  only unique within a data set
 * @param dataset   the data set the entry comes from, for counts and attribution
 * @param start     seconds into the file where the speech starts (0 for a whole file)
 * @param end       seconds into the file where it ends (the file's duration for a whole file)
 * @param wholeFile whether the entry is the whole file rather than an excerpt
 */
public record ManifestEntry(Path path, String speaker, String dataset, double start, double end, boolean wholeFile) {

    public ManifestEntry {
        requireField(speaker, "speaker");
        requireField(dataset, "dataset");
        if (!speaker.contains(":")) {
            throw new IllegalArgumentException("speaker id must carry its data set's prefix (set:id): " + speaker);
        }
        if (!(start >= 0) || !(end > start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("bad time span [" + start + ", " + end + ") for " + path);
        }
        if (wholeFile && start != 0) {
            throw new IllegalArgumentException("a whole file starts at 0: " + path);
        }
    }

    /** The whole of {@code path}, which lasts {@code duration} seconds. */
    public static ManifestEntry whole(Path path, String speaker, String dataset, double duration) {
        return new ManifestEntry(path, speaker, dataset, 0, duration, true);
    }

    /** The part {@code [start, end)} of {@code path}. */
    public static ManifestEntry excerpt(Path path, String speaker, String dataset, double start, double end) {
        return new ManifestEntry(path, speaker, dataset, start, end, false);
    }

    /** Seconds of speech the entry holds. */
    public double duration() {
        return end - start;
    }

    private static void requireField(String value, String name) {
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException(name + " must be non-empty and free of tabs and line breaks: " + value);
        }
    }
}
