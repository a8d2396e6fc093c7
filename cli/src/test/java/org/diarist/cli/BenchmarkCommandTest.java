package org.diarist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diarist benchmark} end to end: the real pipeline with small untrained models on the committed sample manifest. */
class BenchmarkCommandTest {

    @TempDir
    static Path dir;
    static String segmentation;
    static String embedding;

    @BeforeAll
    static void writeModels() throws Exception {
        segmentation = TestModels.segmentation(dir.resolve("segmentation")).toString();
        embedding = TestModels.embedding(Files.createDirectories(dir.resolve("embedding"))).toString();
    }

    private static CliRun benchmark(String... arguments) {
        List<String> args = new ArrayList<>(List.of("benchmark", "--segmentation-model", segmentation,
            "--embedding-model", embedding, "--device", "cpu", "--threads", "1"));
        args.addAll(List.of(arguments));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesMarkdownJsonAndATimelinePageForTheSample() throws Exception {
        Path manifest = SharedData.repositoryRoot().resolve("benchmarks/manifests/sample.tsv");
        Path out = dir.resolve("report");

        CliRun run = benchmark("--manifest", manifest.toString(), "--out", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("## Overall"), run.out());
        assertTrue(run.out().contains("| Full: collar 0.000 s, overlap scored"), run.out());
        assertTrue(run.out().contains("Report: " + out.resolve("report.md")), run.out());
        assertTrue(run.err().startsWith("[1/1] conversation: "), "a log line per recording off a terminal: " + run.err());

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode file = report.at("/files/0");
        assertEquals("conversation", file.get("uri").asText());
        assertEquals(52.0, file.get("duration").asDouble(), 0.1);
        for (String protocol : List.of("full", "fair", "forgiving")) {
            JsonNode score = file.at("/scores/" + protocol);
            double der = score.get("der").asDouble();
            assertEquals(der, score.get("missed").asDouble() + score.get("false_alarm").asDouble()
                + score.get("confusion").asDouble(), 1e-4, protocol + ": DER is the sum of its parts");
            assertEquals(3, score.get("reference_speakers").asInt(), "three voices in the sample");
        }
        for (String stage : List.of("segmentation", "embeddings", "clustering", "total")) {
            assertTrue(file.at("/real_time_factor/" + stage).asDouble() > 0, stage);
        }
        assertTrue(file.at("/memory/heap_peak_mib").asDouble() > 1);
        assertTrue(file.at("/memory/rss_peak_mib").asDouble() > file.at("/memory/heap_peak_mib").asDouble() / 8);
        assertTrue(report.at("/context/system/segmentation").asText().startsWith(segmentation + "@"));
        assertTrue(report.at("/context/system/embedding").asText().startsWith("cli-test@"));
        assertEquals("cpu", report.at("/context/device").asText());
        assertEquals("./diarist benchmark --segmentation-model " + segmentation + " --embedding-model " + embedding
            + " --device cpu --threads 1 --manifest " + manifest + " --out " + out, report.at("/context/command").asText());
        assertEquals(1, report.at("/context/threads").asInt());

        String markdown = Files.readString(out.resolve("report.md"));
        assertTrue(markdown.contains("[conversation.html](conversation.html)"));
        String page = Files.readString(out.resolve("conversation.html"));
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(page.contains("data-speaker=\"allison\""), "a lane per reference speaker");
    }

    @Test
    void aManifestNamingAMissingFileIsBadInputInOneLine() throws Exception {
        Path manifest = Files.writeString(dir.resolve("bad.tsv"), "missing.wav\tmissing.rttm\n");

        CliRun run = benchmark("--manifest", manifest.toString(), "--out", dir.resolve("never").toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: " + manifest + ": line 1: no such file " + dir.resolve("missing.wav") + "\n", run.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void aReferenceWithoutTheRecordingIsBadInputBeforeAnyDiarization() throws Exception {
        Path rttm = Files.writeString(dir.resolve("other.rttm"), "SPEAKER other 1 0.0 1.0 <NA> <NA> A <NA> <NA>\n");
        Path manifest = Files.writeString(dir.resolve("other.tsv"), TestModels.sample() + "\t" + rttm + "\n");

        CliRun run = benchmark("--manifest", manifest.toString(), "--out", dir.resolve("never").toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: " + rttm + ": no turns of recording 'conversation' (uris in the file: other)\n", run.err());
    }

    @Test
    void theManifestIsRequired() {
        CliRun run = CliRun.of("benchmark");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Missing required option: '--manifest=FILE'"), run.err());
    }
}
