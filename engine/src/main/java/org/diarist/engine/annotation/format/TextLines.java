package org.diarist.engine.annotation.format;

import org.diarist.engine.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whitespace-separated text format line by line (RTTM, UEM), skipping blank lines and {@code ;}
 * comments, and words every problem as {@code FILE:LINE: problem}.
 */
final class TextLines {

    /** One meaningful line: its number (from 1) and its whitespace-separated fields. */
    record Line(String source, int number, String[] fields) {

        InvalidInputException error(String problem) {
            return new InvalidInputException(source + ":" + number + ": " + problem);
        }

        /** A time in seconds, parsed as an exact decimal so that sums of times do not pick up binary error. */
        BigDecimal seconds(int field, String what) {
            String text = fields[field];
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw error(what + " is not a number: '" + text + "'");
            }
            if (value.signum() < 0) {
                throw error(what + " is negative: " + text);
            }
            return value;
        }
    }

    interface LineHandler {
        void accept(Line line);
    }

    private TextLines() {
    }

    /** Reads {@code file} as UTF-8, with one-line errors for a missing, unreadable or non-text file. */
    static void read(Path file, LineHandler handler) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file, "is a directory, not a file");
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(reader, file.toString(), handler);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such file", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file, "not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    static void read(Reader reader, String source, LineHandler handler) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        int number = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            number++;
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith(";")) {
                continue;
            }
            if (trimmed.indexOf('\0') >= 0) {
                throw new InvalidInputException(source + ":" + number + ": binary data, not a text line");
            }
            handler.accept(new Line(source, number, trimmed.split("\\s+")));
        }
    }

    /** Seconds written with three decimals, rounded to the millisecond. */
    static String seconds(long milliseconds) {
        return BigDecimal.valueOf(milliseconds, 3).toPlainString();
    }

    static long milliseconds(double seconds) {
        return Math.round(seconds * 1000.0);
    }

    /** A uri or label made safe for a whitespace-separated format. */
    static String token(String text) {
        String token = text.strip().replaceAll("\\s+", "_");
        return token.isEmpty() ? "<NA>" : token;
    }
}
