package org.diarist.models.data;

import java.io.IOException;
import java.nio.file.Path;

/** Tells how long an audio file lasts, in seconds, for data sets that do not list durations themselves. */
@FunctionalInterface
public interface DurationProbe {

    double seconds(Path audio) throws IOException;
}
