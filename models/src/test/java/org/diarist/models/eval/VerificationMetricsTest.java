package org.diarist.models.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificationMetricsTest {

    @Test
    void separatedScoresHaveNoErrors() {
        VerificationMetrics.Result r = VerificationMetrics.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2, 0.3}, 0.01);
        assertEquals(0.0, r.eer(), 1e-12);
        assertEquals(0.0, r.minDcf(), 1e-12);
        assertEquals(2, r.targetTrials());
        assertEquals(3, r.nonTargetTrials());
    }

    /** By hand: accepting >= 0.7 misses 1 of 3 targets and admits 1 of 3 impostors (EER 1/3); >= 0.8 costs
     * (0.01 * 1/3 + 0.99 * 0) / 0.01 = 1/3, the lowest normalised cost. */
    @Test
    void handComputedCase() {
        VerificationMetrics.Result r = VerificationMetrics.of(new double[] {0.9, 0.8, 0.3}, new double[] {0.7, 0.2, 0.1}, 0.01);
        assertEquals(1.0 / 3, r.eer(), 1e-12);
        assertEquals(1.0 / 3, r.minDcf(), 1e-12);
    }

    @Test
    void identicalScoresGiveChance() {
        VerificationMetrics.Result r = VerificationMetrics.of(new double[] {0.5, 0.5}, new double[] {0.5, 0.5}, 0.01);
        assertEquals(0.5, r.eer(), 0.5);
        assertEquals(1.0, r.minDcf(), 1e-12);
    }

    @Test
    void identificationPicksTheNearestCentroid() {
        float[][] embeddings = {{1, 0}, {0.9f, 0.1f}, {0.95f, 0.05f}, {0, 1}, {0.1f, 0.9f}, {0.6f, 0.4f}};
        List<String> speakers = List.of("a", "a", "a", "b", "b", "b");
        // The last "b" utterance lies nearer "a": 5 of 6 right.
        assertEquals(5.0 / 6, SpeakerVerificationEvaluation.identification(embeddings, speakers), 1e-12);
    }
}
