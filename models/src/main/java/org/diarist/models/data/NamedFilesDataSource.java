package org.diarist.models.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A data set whose file names carry the speaker ({@code 0_george_3.opus}, {@code an104-mrcb-b.wav}): every audio
 * file under the root, in sorted order, whose name yields a speaker; durations come from the probe.
 */
public final class NamedFilesDataSource extends PrefixedDataSource {

    private static final List<String> AUDIO_EXTENSIONS = List.of(".wav", ".flac", ".opus", ".ogg", ".mp3");

    private final Function<String, Optional<String>> speakerOfFileName;

    /**
     * @param speakerOfFileName the speaker id (without prefix) for a file name with its extension removed, or empty
     *                          when the file is not single-speaker speech of a known speaker
     */
    public NamedFilesDataSource(String name, String speakerPrefix, Path root,
                                Function<String, Optional<String>> speakerOfFileName) {
        super(name, speakerPrefix, root);
        this.speakerOfFileName = speakerOfFileName;
    }

    @Override
    public List<ManifestEntry> entries(DurationProbe probe) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root())) {
            files = walk.filter(Files::isRegularFile).filter(NamedFilesDataSource::isAudio).sorted().toList();
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (Path file : files) {
            Optional<String> speaker = speakerOfFileName.apply(stem(file));
            if (speaker.isPresent()) {
                entries.add(ManifestEntry.whole(file, speaker(speaker.get()), name(), probe.seconds(file)));
            }
        }
        return entries;
    }

    private static boolean isAudio(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return AUDIO_EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    /** The {@code index}-th field of a name split at {@code separator}, when the name has exactly {@code count}. */
    static Function<String, Optional<String>> field(String separator, int index, int count) {
        return stem -> {
            String[] parts = stem.split(java.util.regex.Pattern.quote(separator), -1);
            return parts.length == count && !parts[index].isEmpty() ? Optional.of(parts[index]) : Optional.empty();
        };
    }
}
