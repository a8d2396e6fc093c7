package org.diarist.models.simulation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.Track;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationSimulatorTest {

    private static final int RATE = ConversationSimulator.SAMPLE_RATE;
    private final InMemoryUtterancePool pool = SyntheticVoices.pool(8, 6, 42);

    @Test
    void theSameSeedGivesTheSameConversation() {
        ConversationSimulator simulator = new ConversationSimulator(pool, SimulationConfig.builder().build());
        SimulatedConversation a = simulator.generate(7);
        SimulatedConversation b = simulator.generate(7);
        assertArrayEquals(a.audio(), b.audio());
        assertEquals(a.reference(), b.reference());
        assertNotEquals(a.reference(), simulator.generate(8).reference());
    }

    @Test
    void theReferenceIsExactlyWhereTheDryMixtureIsNotSilent() {
        SimulationConfig config = SimulationConfig.builder().clean().speakers(1, 3).duration(20).build();
        ConversationSimulator simulator = new ConversationSimulator(pool, config);
        for (long seed = 0; seed < 20; seed++) {
            SimulatedConversation c = simulator.generate(seed);
            assertEquals(20 * RATE, c.audio().length);
            boolean[] covered = new boolean[c.audio().length];
            for (Segment s : c.reference().timeline()) {
                int from = (int) Math.round(s.start() * RATE);
                int to = (int) Math.round(s.end() * RATE);
                for (int i = from; i < to; i++) {
                    covered[i] = true;
                }
                // Tight at both ends: the first and last 10 ms of every segment hold signal.
                assertTrue(energy(c.audio(), from, Math.min(to, from + RATE / 100)) > 0, "seed " + seed + " " + s);
                assertTrue(energy(c.audio(), Math.max(from, to - RATE / 100), to) > 0, "seed " + seed + " " + s);
            }
            for (int i = 0; i < covered.length; i++) {
                if (!covered[i]) {
                    assertEquals(0f, c.audio()[i], "seed " + seed + ": signal outside the reference at " + i);
                }
            }
        }
    }

    @Test
    void overlapStaysWithinTheConfiguredRangeOverManyConversations() {
        SimulationConfig config = SimulationConfig.builder().speakers(2, 3).duration(30).clean().build();
        ConversationSimulator simulator = new ConversationSimulator(pool, config);
        double speech = 0;
        double overlap = 0;
        int inRange = 0;
        int draws = 100;
        for (long seed = 0; seed < draws; seed++) {
            SimulatedConversation c = simulator.generate(seed);
            speech += c.speech();
            overlap += c.overlap();
            double fraction = c.overlap() / c.speech();
            if (fraction >= 0.03 && fraction <= 0.30) {
                inRange++;
            }
        }
        double fraction = overlap / speech;
        assertTrue(fraction >= 0.05 && fraction <= 0.25, "overall overlap " + fraction);
        assertTrue(inRange >= 0.9 * draws, inRange + " of " + draws + " conversations near the range");
    }

    @Test
    void aSingleSpeakerNeverOverlapsAndUpToFiveSpeakersTakeTurns() {
        ConversationSimulator one = new ConversationSimulator(pool,
            SimulationConfig.builder().speakers(1, 1).clean().build());
        for (long seed = 0; seed < 10; seed++) {
            SimulatedConversation c = one.generate(seed);
            assertEquals(1, c.speakers().size());
            assertEquals(0, c.overlap());
        }
        ConversationSimulator five = new ConversationSimulator(pool,
            SimulationConfig.builder().speakers(5, 5).duration(120).clean().build());
        SimulatedConversation c = five.generate(3);
        assertEquals(5, c.speakers().size());
        assertEquals(5, c.reference().labels().size());
    }

    @Test
    void backchannelsSitInsideAnotherSpeakersTurn() {
        SimulationConfig config = SimulationConfig.builder().speakers(2, 2).duration(60).backchannelProbability(1)
            .overlapFraction(0, 0).clean().build();
        SimulatedConversation c = new ConversationSimulator(pool, config).generate(11);
        Map<String, Timeline> bySpeaker = c.reference().timelinesByLabel();
        long contained = c.reference().tracks().stream().filter(t -> bySpeaker.entrySet().stream()
            .anyMatch(e -> !e.getKey().equals(t.label())
                && e.getValue().segments().stream().anyMatch(s -> s.contains(t.segment())))).count();
        assertTrue(contained >= 3, "backchannels found: " + contained);
    }

    @Test
    void speakersTalkAtDifferentLevels() {
        SimulationConfig config = SimulationConfig.builder().speakers(3, 3).duration(60).speakerGainRangeDb(6)
            .clean().build();
        SimulatedConversation c = new ConversationSimulator(pool, config).generate(5);
        Annotation solo = soloSpeech(c.reference());
        double loudest = Double.NEGATIVE_INFINITY;
        double quietest = Double.POSITIVE_INFINITY;
        for (String speaker : solo.labels()) {
            double db = levelDb(c.audio(), solo.timeline(speaker));
            loudest = Math.max(loudest, db);
            quietest = Math.min(quietest, db);
            assertTrue(db > -26 - 6 - 1.5 && db < -26 + 6 + 1.5, speaker + " at " + db + " dBFS");
        }
        assertTrue(loudest - quietest > 1.0, "levels " + quietest + " .. " + loudest);
    }

    @Test
    void augmentedConversationsKeepTheirLengthAndStayUnclipped() {
        SimulationConfig config = SimulationConfig.builder().noise(1, java.util.EnumSet.allOf(NoiseKind.class), 5, 10)
            .reverb(0.5, 0.2, 0.6).telephoneProbability(0.5).build();
        ConversationSimulator simulator = new ConversationSimulator(pool, config);
        for (long seed = 0; seed < 6; seed++) {
            SimulatedConversation c = simulator.generate(seed);
            assertEquals(10 * RATE, c.audio().length);
            for (float v : c.audio()) {
                assertTrue(Math.abs(v) <= 0.99f + 1e-6f);
            }
            assertFalse(c.reference().isEmpty());
        }
    }

    @Test
    void frameLabelsFollowTheReference() {
        SimulatedConversation c = new ConversationSimulator(pool,
            SimulationConfig.builder().speakers(2, 3).clean().build()).generate(9);
        SlidingWindow frames = SlidingWindow.of(0, 0.016, 0.016);
        int count = (int) frames.framesIn(c.duration());
        float[][] labels = c.frameLabels(frames, count);
        for (int f = 0; f < count; f++) {
            double centre = frames.frameCenter(f);
            for (int s = 0; s < c.speakers().size(); s++) {
                boolean talking = false;
                for (Segment seg : c.reference().timeline(c.speakers().get(s))) {
                    talking |= seg.contains(centre);
                }
                assertEquals(talking ? 1f : 0f, labels[f][s], "frame " + f + " speaker " + s);
            }
        }
    }

    private static double energy(float[] x, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (double) x[i] * x[i];
        }
        return e;
    }

    /** Each speaker's speech where nobody else talks. */
    private static Annotation soloSpeech(Annotation reference) {
        Annotation.Builder b = Annotation.builder(reference.uri());
        for (String speaker : reference.labels()) {
            Timeline others = Timeline.of(reference.tracks().stream().filter(t -> !t.label().equals(speaker))
                .map(Track::segment).toList());
            for (Segment s : reference.timeline(speaker).minus(others)) {
                b.add(s, speaker);
            }
        }
        return b.build();
    }

    private static double levelDb(float[] x, Timeline where) {
        double e = 0;
        long n = 0;
        for (Segment s : where) {
            int from = (int) Math.round(s.start() * RATE);
            int to = (int) Math.round(s.end() * RATE);
            e += energy(x, from, to);
            n += to - from;
        }
        return 10 * Math.log10(e / n);
    }
}
