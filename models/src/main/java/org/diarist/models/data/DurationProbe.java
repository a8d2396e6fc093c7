package org.diarist.models.data;

import org.diarist.engine.audio.Audio;

import java.io.IOException;
import java.nio.file.Path;

/** Tells how long an audio file lasts, in seconds, for data sets that do not list durations themselves. */
@FunctionalInterface
public interface DurationProbe {

    double seconds(Path audio) throws IOException;

    /** The length the file's header states, through the engine's audio input (no decoding of PCM WAV). */
    static DurationProbe fromHeaders() {
        return file -> Audio.probe(file).durationSeconds();
    }
}
