package org.diarist.models.data;

import org.diarist.engine.InvalidInputException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The training data of a trainer: single-speaker entries with their speaker ids, as a TSV file with the header
 * {@code path speaker dataset duration start end}. Durations and times are seconds; {@code start} and {@code end}
 * are empty for whole files. Relative paths are resolved against the manifest's folder when read.
 */
public final class Manifest {

    static final List<String> COLUMNS = List.of("path", "speaker", "dataset", "duration", "start", "end");

    private final List<ManifestEntry> entries;

    public Manifest(Collection<ManifestEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<ManifestEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** Distinct speaker ids, sorted. */
    public List<String> speakers() {
        return List.copyOf(new TreeSet<>(entries.stream().map(ManifestEntry::speaker).toList()));
    }

    /** One summary per data set in order of first appearance, then the {@code total} over all of them. */
    public List<DatasetSummary> summaries() {
        Map<String, List<ManifestEntry>> byDataset = new LinkedHashMap<>();
        for (ManifestEntry e : entries) {
            byDataset.computeIfAbsent(e.dataset(), k -> new ArrayList<>()).add(e);
        }
        List<DatasetSummary> out = new ArrayList<>();
        byDataset.forEach((dataset, list) -> out.add(summarise(dataset, list)));
        out.add(summarise("total", entries));
        return out;
    }

    private static DatasetSummary summarise(String name, List<ManifestEntry> list) {
        Set<String> speakers = new HashSet<>();
        Set<Path> files = new HashSet<>();
        double seconds = 0;
        for (ManifestEntry e : list) {
            speakers.add(e.speaker());
            files.add(e.path());
            seconds += e.duration();
        }
        return new DatasetSummary(name, speakers.size(), files.size(), list.size(), seconds / 3600);
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", COLUMNS));
            out.write('\n');
            for (ManifestEntry e : entries) {
                out.write(format(e));
                out.write('\n');
            }
        }
    }

    private static String format(ManifestEntry e) {
        String span = e.wholeFile() ? "\t" : String.format(Locale.ROOT, "%.3f\t%.3f", e.start(), e.end());
        return String.format(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%s", e.path(), e.speaker(), e.dataset(), e.duration(), span);
    }

    /** Reads a manifest; a missing file or a malformed line is the user's to fix and names the file and line. */
    public static Manifest read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such manifest");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read manifest", e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(String.join("\t", COLUMNS))) {
            throw new InvalidInputException(file, "not a manifest: the first line must be the header "
                + String.join(" ", COLUMNS) + " (tab-separated)");
        }
        Path base = file.toAbsolutePath().getParent();
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                entries.add(parse(lines.get(i), base, file, i + 1));
            }
        }
        return new Manifest(entries);
    }

    /**
     * Reads a manifest a trainer may use: one holding held-out evaluation data (an evaluation manifest made with
     * {@code --held-out}) is refused, so the dev sets cannot leak into training by a wrong file name.
     */
    public static Manifest readForTraining(Path file) {
        Manifest manifest = read(file);
        for (ManifestEntry e : manifest.entries) {
            if (HeldOutData.EVALUATION_DATASETS.contains(e.dataset())) {
                throw new InvalidInputException(file, "holds held-out evaluation data (" + e.dataset()
                    + "); never train on it");
            }
        }
        return manifest;
    }

    private static ManifestEntry parse(String line, Path base, Path file, int lineNumber) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS.size()) {
            throw new InvalidInputException(file, "line " + lineNumber + ": expected " + COLUMNS.size()
                + " tab-separated fields, found " + f.length);
        }
        try {
            Path path = base.resolve(f[0]);
            double duration = Double.parseDouble(f[3]);
            if (f[4].isEmpty() && f[5].isEmpty()) {
                return ManifestEntry.whole(path, f[1], f[2], duration);
            }
            ManifestEntry e = ManifestEntry.excerpt(path, f[1], f[2], Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            if (Math.abs(e.duration() - duration) > 0.0015) {
                throw new IllegalArgumentException("duration " + f[3] + " is not end - start");
            }
            return e;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file, "line " + lineNumber + ": " + e.getMessage());
        }
    }
}
