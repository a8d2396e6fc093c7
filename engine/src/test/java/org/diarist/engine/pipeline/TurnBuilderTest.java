package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Track;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TurnBuilderTest {

    private static final SlidingWindow FRAMES = SlidingWindow.of(0, 0.1, 0.1);
    private static final List<String> LABELS = List.of("A", "B", "C");

    @Test
    void framesBecomeTurnsPerSpeakerCutToTheRecording() {
        DiscreteDiarization frames = frames("A A AB AB B B");
        Annotation turns = TurnBuilder.annotate("u", frames, LABELS, FRAMES, new Segment(0, 0.55),
            PostProcessingConfig.defaults());
        assertEquals(List.of(Track.of(0, 0.4, "A"), Track.of(0.2, 0.55, "B")), rounded(turns));
    }

    @Test
    void shortGapsOfASpeakerAreFilledThenShortTurnsDropped() {
        DiscreteDiarization frames = frames("A A - A - - - C - -");
        PostProcessingConfig config = PostProcessingConfig.builder().minDurationOff(0.15).minDurationOn(0.2).build();
        Annotation turns = TurnBuilder.annotate("u", frames, LABELS, FRAMES, new Segment(0, 1), config);
        assertEquals(List.of(Track.of(0, 0.4, "A")), rounded(turns));
    }

    @Test
    void exclusiveFillsOnlySilenceBetweenTurnsOfTheSameSpeaker() {
        DiscreteDiarization frames = frames("A A - A B A - - B B");
        PostProcessingConfig config = PostProcessingConfig.builder().exclusive(true).minDurationOff(0.15).build();
        Annotation turns = TurnBuilder.annotate("u", frames, LABELS, FRAMES, new Segment(0, 1), config);
        assertEquals(List.of(Track.of(0, 0.4, "A"), Track.of(0.4, 0.5, "B"), Track.of(0.5, 0.6, "A"),
            Track.of(0.8, 1.0, "B")), rounded(turns));
    }

    @Test
    void exclusiveModeNeverHasTwoSpeakersAtOnce() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int frames = 60;
            LocalActivity activity = new LocalActivity(20, 3);
            int windows = 9;
            int[][] map = new int[windows][3];
            for (int w = 0; w < windows; w++) {
                byte[] masks = new byte[20];
                for (int f = 0; f < 20; f++) {
                    masks[f] = (byte) random.nextInt(8);
                }
                activity.addWindow(masks);
                List<Integer> speakers = new java.util.ArrayList<>(List.of(0, 1, 2));
                java.util.Collections.shuffle(speakers, random);
                for (int s = 0; s < 3; s++) {
                    map[w][s] = speakers.get(s);
                }
            }
            long[] starts = new long[windows];
            for (int w = 0; w < windows; w++) {
                starts[w] = 5L * w;
            }
            WindowGrid grid = new WindowGrid(starts, frames, FRAMES);
            byte[] count = SpeakerCounting.count(activity, grid);
            DiscreteDiarization discrete = Reconstruction.reconstruct(activity,
                new SpeakerAssignment(map, 3, new float[0][]), count, grid, 1);
            PostProcessingConfig config = PostProcessingConfig.builder().exclusive(true)
                .minDurationOff(0.1 * random.nextInt(4)).minDurationOn(0.1 * random.nextInt(3)).build();
            Annotation turns = TurnBuilder.annotate("u", discrete, LABELS, FRAMES, new Segment(0, 5.7), config);
            assertNoOverlap(turns);
        }
    }

    static void assertNoOverlap(Annotation turns) {
        List<Track> tracks = turns.tracks();
        for (int i = 0; i < tracks.size(); i++) {
            for (int j = i + 1; j < tracks.size(); j++) {
                assertFalse(tracks.get(i).segment().intersects(tracks.get(j).segment()),
                    tracks.get(i) + " and " + tracks.get(j));
            }
            assertTrue(tracks.get(i).end() <= turns.extent().end() + 1e-9);
        }
    }

    /** Frames from a string such as "A AB -": one token per frame. */
    private static DiscreteDiarization frames(String text) {
        String[] tokens = text.split(" ");
        DiscreteDiarization frames = new DiscreteDiarization(tokens.length, LABELS.size());
        for (int t = 0; t < tokens.length; t++) {
            for (char c : tokens[t].toCharArray()) {
                if (c != '-') {
                    frames.set(c - 'A', t);
                }
            }
        }
        return frames;
    }

    private static List<Track> rounded(Annotation annotation) {
        return annotation.tracks().stream()
            .map(t -> Track.of(Math.round(t.start() * 1e6) / 1e6, Math.round(t.end() * 1e6) / 1e6, t.label()))
            .toList();
    }
}
