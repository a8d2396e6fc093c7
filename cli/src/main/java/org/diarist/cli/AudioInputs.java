package org.diarist.cli;

import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Command-line audio arguments: files as given, directories replaced by the audio files directly inside them. */
final class AudioInputs {

    /** Extensions taken from a directory (any file given by name is tried, whatever its extension). */
    static final Set<String> AUDIO_EXTENSIONS = Set.of("wav", "flac", "mp3", "ogg", "opus", "oga", "m4a", "aac",
        "wma", "webm", "mp4", "mkv", "mov", "aiff", "aif", "amr", "au");

    private AudioInputs() {
    }

    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                files.add(argument); // a missing or unreadable file is reported when it is opened
                continue;
            }
            List<Path> inside;
            try (Stream<Path> listing = Files.list(argument)) {
                inside = listing.filter(Files::isRegularFile).filter(AudioInputs::looksLikeAudio).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + argument + ": " + e.getMessage(), e);
            }
            if (inside.isEmpty()) {
                throw new InvalidInputException(argument, "no audio files in this directory");
            }
            files.addAll(inside);
        }
        return files;
    }

    private static boolean looksLikeAudio(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && AUDIO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
