package org.diarist.engine;

import java.nio.file.Path;

/**
 * A problem the user can fix: a missing or unreadable file, bad audio, a malformed RTTM line, a wrong model.
 * The message is one line that names the file (when there is one) and the problem; the CLI prints it as is
 * and exits with code 2.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidInputException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public InvalidInputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
