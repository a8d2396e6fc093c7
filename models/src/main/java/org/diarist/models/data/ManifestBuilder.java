package org.diarist.models.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the entries of several data sources into one {@link Manifest}, skipping sources that are absent and
 * dropping every held-out file (LibriSpeech test-other, AMI development) whichever source yields it.
 */
public final class ManifestBuilder {

    private final List<DataSource> sources = new ArrayList<>();
    private final List<HeldOutData> heldOut = new ArrayList<>();

    /** A builder over the training data sets of a shared data folder, with its held-out files excluded. */
    public static ManifestBuilder forSharedData(Path dir) {
        Path data = SharedDataSources.dataFolder(dir);
        ManifestBuilder builder = new ManifestBuilder();
        builder.sources.addAll(SharedDataSources.all(data));
        builder.heldOut.add(HeldOutData.of(data));
        return builder;
    }

    /** A builder over the held-out evaluation voices of a shared data folder (see {@link SharedDataSources#heldOut}). */
    public static ManifestBuilder forHeldOutData(Path dir) {
        ManifestBuilder builder = new ManifestBuilder();
        builder.sources.addAll(SharedDataSources.heldOut(SharedDataSources.dataFolder(dir)));
        return builder;
    }

    public static ManifestBuilder empty() {
        return new ManifestBuilder();
    }

    public ManifestBuilder add(DataSource source) {
        sources.add(source);
        return this;
    }

    public ManifestBuilder addAll(List<? extends DataSource> more) {
        sources.addAll(more);
        return this;
    }

    /** Excludes the held-out files of another shared data folder, e.g. when its sources were added by hand. */
    public ManifestBuilder excluding(HeldOutData rule) {
        heldOut.add(rule);
        return this;
    }

    /**
     * Scans every source in order.
     *
     * @param probe durations of files that no listing describes
     * @param notes one line per source scanned, skipped, or with files dropped
     */
    public Manifest build(DurationProbe probe, Consumer<String> notes) throws IOException {
        List<ManifestEntry> all = new ArrayList<>();
        for (DataSource source : sources) {
            if (!source.available()) {
                notes.accept(source.name() + ": skipped, not found at " + source.root());
                continue;
            }
            int dropped = 0;
            int kept = 0;
            for (ManifestEntry e : source.entries(probe)) {
                if (isHeldOut(e.path())) {
                    dropped++;
                } else {
                    all.add(e);
                    kept++;
                }
            }
            notes.accept(source.name() + ": " + kept + " entries"
                + (dropped > 0 ? ", " + dropped + " held-out files dropped" : ""));
        }
        return new Manifest(all);
    }

    private boolean isHeldOut(Path file) {
        return heldOut.stream().anyMatch(rule -> rule.isHeldOut(file));
    }
}
