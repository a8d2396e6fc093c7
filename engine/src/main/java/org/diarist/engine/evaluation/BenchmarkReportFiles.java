package org.diarist.engine.evaluation;

import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a report into a folder: {@code report.md}, {@code report.json} and one HTML timeline per recording. */
public final class BenchmarkReportFiles {

    public static final String MARKDOWN = "report.md";
    public static final String JSON = "report.json";

    private BenchmarkReportFiles() {
    }

    /** Writes every file (replacing older ones of the same names) and returns their paths. */
    public static List<Path> write(BenchmarkReport report, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            written.add(Files.writeString(folder.resolve(MARKDOWN), BenchmarkMarkdown.render(report)));
            written.add(Files.writeString(folder.resolve(JSON), BenchmarkJson.render(report)));
            for (RecordingResult file : report.files()) {
                written.add(Files.writeString(folder.resolve(TimelinePage.fileName(file.uri())),
                    TimelinePage.render(file, report.context())));
            }
        } catch (IOException e) {
            throw new InvalidInputException(folder, "cannot write the report: " + e.getMessage(), e);
        }
        return written;
    }
}
