package org.diarist.engine.evaluation;

import java.nio.file.Path;

/** Diarizes one recording for an evaluation: the whole pipeline behind one call, models already loaded. */
@FunctionalInterface
public interface RecordingDiarizer {

    DiarizedRecording diarize(Path audio);
}
