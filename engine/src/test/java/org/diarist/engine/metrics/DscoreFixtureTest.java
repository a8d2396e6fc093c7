package org.diarist.engine.metrics;

import org.diarist.engine.SharedData;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.annotation.format.Uem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** dscore's own test fixture: the values its test suite expects. */
class DscoreFixtureTest {

    private static final double DER = 26.39309;
    private static final double JER = 33.24631;
    private static final double TOLERANCE = 5e-4; // three decimals

    @Test
    void reproducesDscoreWithinTheUem() {
        Path dir = SharedData.require("data/dscore");
        Map<String, Annotation> reference = Rttm.read(dir.resolve("ref.rttm"));
        Map<String, Annotation> hypothesis = Rttm.read(dir.resolve("sys.rttm"));
        Map<String, Timeline> uem = Uem.read(dir.resolve("FILE1.uem"));
        EvaluationReport report = new DiarizationScorer(ScoringProtocol.FULL).score(reference, hypothesis, uem);
        assertEquals(1, report.files().size());
        Score file = report.files().get(0);
        assertEquals("FILE1", file.uri());
        assertEquals(DER, file.der(), TOLERANCE);
        assertEquals(JER, file.jer(), TOLERANCE);
        assertEquals(DER, report.total().der(), TOLERANCE);
        assertEquals(JER, report.total().jer(), TOLERANCE);
        assertEquals(2, file.referenceSpeakers());
        assertEquals(2, file.hypothesisSpeakers());
    }

    @Test
    void withoutUemTheRegionSpansBothFilesAndDerIsTheSame() {
        Path dir = SharedData.require("data/dscore");
        EvaluationReport report = new DiarizationScorer(ScoringProtocol.FULL)
            .score(Rttm.read(dir.resolve("ref.rttm")), Rttm.read(dir.resolve("sys.rttm")), null);
        assertEquals(DER, report.total().der(), TOLERANCE);
    }
}
