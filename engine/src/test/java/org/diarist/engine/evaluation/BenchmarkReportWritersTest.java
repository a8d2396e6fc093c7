package org.diarist.engine.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkReportWritersTest {

    @TempDir
    Path folder;

    @Test
    void jsonHoldsEveryFigurePerFileAndOverall() throws IOException {
        BenchmarkReport report = new ReportFixture(folder).run(0.5);
        JsonNode root = new ObjectMapper().readTree(BenchmarkJson.render(report));

        assertEquals(List.of("Full", "Fair", "Forgiving"),
            List.of(root.at("/protocols/0/name").asText(), root.at("/protocols/1/name").asText(),
                root.at("/protocols/2/name").asText()));
        assertEquals("beta", root.at("/files/1/uri").asText());
        assertTrue(root.at("/files/1/uem").isNull());
        assertEquals(50.0, root.at("/files/1/scores/full/der").asDouble(), 1e-6);
        assertEquals(50.0, root.at("/files/1/scores/forgiving/missed").asDouble(), 1e-6);
        assertEquals(19.0, root.at("/files/1/scores/fair/reference_speech").asDouble(), 1e-6);
        assertEquals(1, root.at("/files/1/scores/full/hypothesis_speakers").asInt());
        assertEquals(0.15, root.at("/files/1/real_time_factor/segmentation").asDouble(), 1e-6);
        assertEquals(0.2, root.at("/files/1/real_time_factor/total").asDouble(), 1e-6);
        assertTrue(root.at("/files/0/memory/heap_peak_mib").asDouble() > 0);

        assertEquals(2, root.at("/overall/files").asInt());
        assertEquals(1, root.at("/overall/files_with_right_speaker_count").asInt());
        assertEquals(23.255814, root.at("/overall/scores/full/der").asDouble(), 1e-6);
        assertEquals(25.0, root.at("/overall/scores/full/jer").asDouble(), 1e-6);
        assertEquals(0.14, root.at("/overall/real_time_factor/total").asDouble(), 1e-6);
        assertEquals(5.0, root.at("/overall/stage_seconds/segmentation").asDouble(), 1e-6);
        assertEquals("seg@test", root.at("/context/system/segmentation").asText());
        assertEquals("diarist benchmark --manifest eval.tsv", root.at("/context/command").asText());
        assertFalse(root.at("/context/under_load").asBoolean());
    }

    @Test
    void markdownLeadsWithTheOverallTableAndLinksEachTimeline() throws IOException {
        String markdown = BenchmarkMarkdown.render(new ReportFixture(folder).run(0.5));
        String cells = markdown.replaceAll(" +", " "); // the columns are padded for reading the source

        assertTrue(cells.contains("| Full: collar 0.000 s, overlap scored | 23.26 | 23.26 | 0.00 | 0.00 | 25.00 | 4 / 3 |"),
            markdown);
        assertTrue(cells.contains("| Forgiving: collar 0.250 s, overlap skipped | 23.46 | 23.46 |"), markdown);
        assertTrue(cells.contains("| beta | 20.0 | 2 | 1 | 50.00 | 50.00 | 50.00 | 50.00 | [beta.html](beta.html) |"));
        assertTrue(markdown.contains("[alpha.html](alpha.html)"));
        assertTrue(markdown.contains("[beta.html](beta.html)"));
        assertTrue(markdown.contains("the speaker count is right in 1 of 2 recordings"));
        assertTrue(cells.contains("| **overall** | 50.0 | 0.100 | 0.040 | 0.140 |"), markdown);
        assertFalse(markdown.contains("under load"));
        assertTrue(markdown.indexOf("## Overall") < markdown.indexOf("## Recordings"));
        assertTrue(markdown.contains("```bash\ndiarist benchmark --manifest eval.tsv\n```"), "the command to make it again");
    }

    @Test
    void markdownSaysWhenTheMachineWasBusy() throws IOException {
        String markdown = BenchmarkMarkdown.render(new ReportFixture(folder).run(20.3));

        assertTrue(markdown.contains("Load average 20.3 at the start: **measured under load**"), markdown);
    }

    @Test
    void writesReportFilesAndOnePagePerRecording() throws IOException {
        BenchmarkReport report = new ReportFixture(folder).run(0.5);
        Path out = folder.resolve("out/nested");

        List<Path> written = BenchmarkReportFiles.write(report, out);

        assertEquals(List.of(out.resolve("report.md"), out.resolve("report.json"), out.resolve("alpha.html"),
            out.resolve("beta.html")), written);
        for (Path file : written) {
            assertTrue(Files.size(file) > 100, file + " has content");
        }
    }
}
