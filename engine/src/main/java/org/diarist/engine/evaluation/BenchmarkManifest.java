package org.diarist.engine.evaluation;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.RecordingUri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recordings of an evaluation, from a tab-separated file with one recording per line: audio path, reference
 * RTTM path and, optionally, a UEM path. Blank lines and lines starting with {@code #} are skipped. Relative paths
 * are relative to the manifest's folder, so a manifest can be committed next to the data it names. An RTTM or
 * UEM may describe other recordings too: each recording takes the lines of its uri, the audio file name without
 * extension.
 *
 * @param file       the manifest itself
 * @param recordings in manifest order, uris unique
 */
public record BenchmarkManifest(Path file, List<Recording> recordings) {

    public BenchmarkManifest {
        recordings = List.copyOf(recordings);
    }

    /** One line of the manifest; paths are resolved and exist. */
    public record Recording(Path audio, Path reference, Optional<Path> uem, int line) {

        /** The name the RTTM and UEM know the recording by. */
        public String uri() {
            return RecordingUri.of(audio);
        }
    }

    public static BenchmarkManifest read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such file", e);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read: " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        List<Recording> recordings = new ArrayList<>();
        Map<String, Integer> lineOfUri = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int line = i + 1;
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length < 2 || fields.length > 3) {
                throw new InvalidInputException(file, "line " + line
                    + ": expected AUDIO<tab>REFERENCE.rttm[<tab>REGIONS.uem], found " + fields.length + " field(s)");
            }
            Path audio = existing(file, line, folder, fields[0]);
            Path reference = existing(file, line, folder, fields[1]);
            Optional<Path> uem = fields.length == 3 && !fields[2].isBlank()
                ? Optional.of(existing(file, line, folder, fields[2])) : Optional.empty();
            Recording recording = new Recording(audio, reference, uem, line);
            Integer previous = lineOfUri.putIfAbsent(recording.uri(), line);
            if (previous != null) {
                throw new InvalidInputException(file, "line " + line + ": recording '" + recording.uri()
                    + "' is already on line " + previous + " (recordings are told apart by file name)");
            }
            recordings.add(recording);
        }
        if (recordings.isEmpty()) {
            throw new InvalidInputException(file, "no recordings (expected AUDIO<tab>REFERENCE.rttm[<tab>REGIONS.uem] lines)");
        }
        return new BenchmarkManifest(file, recordings);
    }

    private static Path existing(Path manifest, int line, Path folder, String field) {
        String text = field.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(manifest, "line " + line + ": empty path");
        }
        Path path;
        try {
            path = folder.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException(manifest, "line " + line + ": not a path: " + text, e);
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(manifest, "line " + line + ": no such file " + path);
        }
        return path;
    }
}
