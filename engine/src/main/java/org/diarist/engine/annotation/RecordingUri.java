package org.diarist.engine.annotation;

import java.nio.file.Path;

/** How a recording is named in annotations: its file name without the last extension ({@code a/b.c.wav → b.c}). */
public final class RecordingUri {

    private RecordingUri() {
    }

    public static String of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("not a file path: " + file);
        }
        String fileName = name.toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
