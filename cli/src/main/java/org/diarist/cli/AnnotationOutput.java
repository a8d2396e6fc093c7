package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.format.AnnotationJson;
import org.diarist.engine.annotation.format.Rttm;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Annotations as commands print them: RTTM lines, or a JSON array with one object per recording. */
final class AnnotationOutput {

    /** The output formats of commands that write annotations. */
    enum Format { rttm, json }

    private AnnotationOutput() {
    }

    static String render(List<Annotation> annotations, Format format) {
        StringBuilder text = new StringBuilder();
        if (format == Format.rttm) {
            annotations.forEach(a -> text.append(Rttm.toString(a)));
        } else {
            text.append("[\n");
            for (int i = 0; i < annotations.size(); i++) {
                text.append(AnnotationJson.toString(annotations.get(i)).stripTrailing());
                text.append(i + 1 < annotations.size() ? ",\n" : "\n");
            }
            text.append("]\n");
        }
        return text.toString();
    }

    /** Writes {@code text} to {@code output}, or to {@code out} when there is no output file. */
    static void write(String text, Path output, PrintWriter out) {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(output, text);
        } catch (IOException e) {
            throw new InvalidInputException(output, "cannot write: " + e.getMessage());
        }
    }
}
