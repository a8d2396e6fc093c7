package org.diarist.engine.evaluation;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.metrics.Score;
import org.diarist.engine.metrics.ScoringProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkRunnerTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path folder;

    @Test
    void scoresEachRecordingUnderFullFairAndForgiving() throws IOException {
        BenchmarkReport report = new ReportFixture(folder).run(0.5);

        assertEquals(BenchmarkRunner.PROTOCOLS, report.protocols());
        RecordingResult alpha = report.files().get(0);
        RecordingResult beta = report.files().get(1);
        assertEquals("alpha", alpha.uri());
        assertEquals("alpha", alpha.hypothesis().uri());
        assertEquals(Timeline.of(new Segment(0, 30)), alpha.evaluated(), "alpha is scored within its UEM line");
        assertEquals(Timeline.of(new Segment(0, 20)), beta.evaluated(), "beta, without UEM, from first to last turn");
        for (ScoringProtocol protocol : BenchmarkRunner.PROTOCOLS) {
            assertEquals(0.0, alpha.score(protocol).der(), EPS, protocol.name());
            Score missedHalf = beta.score(protocol);
            assertEquals(50.0, missedHalf.der(), EPS, protocol.name());
            assertEquals(50.0, missedHalf.missed(), EPS);
            assertEquals(0.0, missedHalf.falseAlarm(), EPS);
            assertEquals(0.0, missedHalf.confusion(), EPS);
            assertEquals(50.0, missedHalf.jer(), EPS, "C found, D not: mean of 0 % and 100 %");
        }
        assertEquals(23.0, alpha.score(ScoringProtocol.FULL).referenceSpeech(), EPS);
        assertEquals(21.5, alpha.score(ScoringProtocol.FAIR).referenceSpeech(), EPS, "250 ms collars at 6 boundaries");
        assertEquals(19.0, beta.score(ScoringProtocol.FAIR).referenceSpeech(), EPS);
        assertEquals(2, beta.score(ScoringProtocol.FULL).referenceSpeakers());
        assertEquals(1, beta.score(ScoringProtocol.FULL).hypothesisSpeakers());
    }

    @Test
    void overallDerIsTimeWeightedAndJerAveragedOverSpeakers() throws IOException {
        BenchmarkReport report = new ReportFixture(folder).run(0.5);

        assertEquals(100.0 * 10 / 43, report.overall().get(ScoringProtocol.FULL).der(), EPS);
        assertEquals(100.0 * 9.5 / 40.5, report.overall().get(ScoringProtocol.FAIR).der(), EPS);
        assertEquals(100.0 * 9.5 / 40.5, report.overall().get(ScoringProtocol.FORGIVING).der(), EPS);
        assertEquals(25.0, report.overall().get(ScoringProtocol.FULL).jer(), EPS, "A, B, C at 0 %, D at 100 %");
        assertEquals(4, report.overall().get(ScoringProtocol.FULL).referenceSpeakers());
        assertEquals(3, report.overall().get(ScoringProtocol.FULL).hypothesisSpeakers());
        assertEquals(1, report.filesWithRightSpeakerCount());
    }

    @Test
    void realTimeFactorsComeFromTheStageTimings() throws IOException {
        BenchmarkReport report = new ReportFixture(folder).run(0.5);

        assertEquals(50.0, report.totalDuration(), EPS);
        assertEquals(Map.of("segmentation", 5.0, "clustering", 2.0), report.stageSeconds());
        assertEquals(List.of("segmentation", "clustering"), List.copyOf(report.stageSeconds().keySet()));
        assertEquals(0.14, BenchmarkReport.realTimeFactor(report.totalSeconds(), report.totalDuration()), EPS);
        assertEquals(0.1, BenchmarkReport.realTimeFactor(report.files().get(0).diarized().totalSeconds(), 30), EPS);
    }

    @Test
    void measuresPeakMemoryPerRecording() throws IOException {
        BenchmarkReport report = new ReportFixture(folder).run(0.5);

        for (RecordingResult file : report.files()) {
            assertTrue(file.memory().heapBytes() > 0, "heap in use while diarizing");
            if (Files.isReadable(Path.of("/proc/self/status"))) {
                assertTrue(file.memory().rssBytes() > file.memory().heapBytes() / 8, "RSS from VmHWM");
            }
        }
        assertEquals(report.files().stream().mapToLong(f -> f.memory().heapBytes()).max().orElseThrow(),
            report.peakMemory().heapBytes());
    }

    @Test
    void aReferenceWithoutTheRecordingFailsBeforeAnythingIsDiarized() throws IOException {
        ReportFixture fixture = new ReportFixture(folder);
        Files.writeString(folder.resolve("refs/all.rttm"), ReportFixture.RTTM.replace("beta", "delta"));

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> fixture.run(0.5));
        assertEquals(folder.resolve("refs/all.rttm") + ": no turns of recording 'beta' (uris in the file: alpha, "
            + "delta, gamma)", error.getMessage());
        assertEquals(0, fixture.diarizations);
    }

    @Test
    void aUemWithoutTheRecordingFailsBeforeAnythingIsDiarized() throws IOException {
        ReportFixture fixture = new ReportFixture(folder);
        Files.writeString(folder.resolve("refs/all.uem"), "gamma 1 0.000 3.000\n");

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> fixture.run(0.5));
        assertTrue(error.getMessage().startsWith(folder.resolve("refs/all.uem") + ": no regions of recording 'alpha'"),
            error.getMessage());
        assertEquals(0, fixture.diarizations);
    }
}
