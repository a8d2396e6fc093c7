package org.diarist.models.data;

import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set that lists its files in a {@code manifest.tsv} with the columns {@code path}, {@code speaker_id} and
 * {@code duration_s} (others ignored), paths relative to the manifest's folder. No audio is opened.
 */
public final class ListedDataSource extends PrefixedDataSource {

    /** @param root the folder holding {@code manifest.tsv} */
    public ListedDataSource(String name, String speakerPrefix, Path root) {
        super(name, speakerPrefix, root);
    }

    @Override
    public boolean available() {
        return Files.isRegularFile(root().resolve("manifest.tsv"));
    }

    @Override
    public List<ManifestEntry> entries(DurationProbe probe) throws IOException {
        Path listing = root().resolve("manifest.tsv");
        List<String> lines = Files.readAllLines(listing, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new InvalidInputException(listing, "empty listing");
        }
        List<String> header = List.of(lines.get(0).split("\t"));
        int path = column(header, "path", listing);
        int speaker = column(header, "speaker_id", listing);
        int duration = column(header, "duration_s", listing);
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            try {
                entries.add(ManifestEntry.whole(root().resolve(f[path]), speaker(f[speaker]), name(),
                    Double.parseDouble(f[duration])));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new InvalidInputException(listing, "line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return entries;
    }

    private static int column(List<String> header, String name, Path listing) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InvalidInputException(listing, "no column " + name + " in the header " + header);
        }
        return index;
    }
}
