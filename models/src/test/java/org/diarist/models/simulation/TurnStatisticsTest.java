package org.diarist.models.simulation;

import org.diarist.engine.SharedData;
import org.diarist.engine.annotation.Annotation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TurnStatisticsTest {

    @Test
    void separatesPausesOverlapsAndBackchannels() {
        Annotation.Builder b = Annotation.builder("x");
        // A 0-4, B from 3.5 (overlap 0.5) to 8, A 8.7-12 (pause 0.7) with B's "yeah" at 9-9.4 inside it.
        b.add(0, 4, "A").add(3.5, 8, "B").add(8.7, 12, "A").add(9, 9.4, "B");
        for (int i = 0; i < 10; i++) {
            // Then ten times: A (pause 4 s after B), B over A's last 0.5 s, A's 0.4 s interjection inside B's turn.
            double t = 20 + 10 * i;
            b.add(t, t + 3, "A").add(t + 2.5, t + 6, "B").add(t + 4, t + 4.4, "A");
        }
        TurnStatistics stats = TurnStatistics.estimate(List.of(b.build()));
        assertEquals(new TreeSet<>(List.of(0.7, 4.0)), draws(stats.pauses())); // A after A is no turn change
        assertEquals(new TreeSet<>(List.of(0.5)), draws(stats.overlaps()));
        assertEquals(new TreeSet<>(List.of(0.4)), draws(stats.backchannels()));
        assertEquals(new TreeSet<>(List.of(3.0, 3.3, 3.5, 4.0, 4.5)), draws(stats.turns()));
    }

    @Test
    void fallsBackToTheDefaultsWhenThereIsTooLittleData() {
        Annotation one = Annotation.builder("x").add(0, 4, "A").add(4.5, 8, "B").build();
        TurnStatistics stats = TurnStatistics.estimate(List.of(one));
        double pause = stats.pauses().sample(new SplittableRandom(1));
        assertEquals(TurnStatistics.defaults().pauses().sample(new SplittableRandom(1)), pause);
    }

    @Test
    void estimatesFromTheAmiTrainingTurns() {
        Path rttm = SharedData.require("data/ami/debug.train.rttm");
        TurnStatistics stats = TurnStatistics.fromRttm(rttm);
        assertNotSame(TurnStatistics.defaults().turns(), stats.turns());
        double median = median(stats.turns());
        assertTrue(median > 0.3 && median < 6, "median turn " + median);
    }

    private static TreeSet<Double> draws(DurationDistribution d) {
        SplittableRandom random = new SplittableRandom(2);
        TreeSet<Double> values = new TreeSet<>();
        for (int i = 0; i < 500; i++) {
            values.add(Math.round(d.sample(random) * 1000) / 1000.0);
        }
        return values;
    }

    private static double median(DurationDistribution d) {
        SplittableRandom random = new SplittableRandom(3);
        double[] v = new double[1001];
        for (int i = 0; i < v.length; i++) {
            v[i] = d.sample(random);
        }
        java.util.Arrays.sort(v);
        return v[500];
    }
}
