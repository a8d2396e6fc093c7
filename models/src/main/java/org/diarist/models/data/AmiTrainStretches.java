package org.diarist.models.data;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.annotation.format.Rttm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Single-speaker stretches of the AMI training excerpts: for each recording of {@code debug.train.rttm}, the time
 * where exactly one speaker talks, as excerpts of at least a minimum duration. AMI participant ids (MEE068) are the
 * same across meetings, so they are the speaker ids. The development recordings are never read.
 */
public final class AmiTrainStretches implements DataSource {

    /** Shorter stretches hold too little of a voice to learn from. */
    public static final double DEFAULT_MIN_DURATION = 1.0;
    static final String TRAIN_RTTM = "debug.train.rttm";

    private final Path root;
    private final double minDuration;

    public AmiTrainStretches(Path root, double minDuration) {
        this.root = root;
        this.minDuration = minDuration;
    }

    @Override
    public String name() {
        return "ami-train";
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public boolean available() {
        return Files.isRegularFile(root.resolve(TRAIN_RTTM));
    }

    @Override
    public List<ManifestEntry> entries(DurationProbe probe) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (Annotation recording : Rttm.read(root.resolve(TRAIN_RTTM)).values()) {
            Path audio = root.resolve(recording.uri() + ".flac");
            if (!Files.isRegularFile(audio)) {
                continue;
            }
            for (Map.Entry<String, Timeline> speaker : recording.timelinesByLabel().entrySet()) {
                Timeline others = Timeline.of(recording.tracks().stream()
                    .filter(t -> !t.label().equals(speaker.getKey())).map(Track::segment).toList());
                for (Segment alone : speaker.getValue().minus(others)) {
                    if (alone.duration() >= minDuration) {
                        entries.add(ManifestEntry.excerpt(audio, "ami:" + speaker.getKey(), name(),
                            alone.start(), alone.end()));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(ManifestEntry::path).thenComparingDouble(ManifestEntry::start));
        return entries;
    }
}
