package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.SlidingWindow;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting and reconstruction against hand-computed frames. */
class ReconstructionTest {

    private static final SlidingWindow FRAMES = SlidingWindow.of(0, 0.1, 0.1);

    /** Two windows of 4 frames, the second starting at grid frame 2; local speakers 0 and 1 (bits 1 and 2). */
    private static LocalActivity twoWindows() {
        LocalActivity activity = new LocalActivity(4, 2);
        activity.addWindow(new byte[] {1, 1, 3, 3});  // s0 on 0-3, s1 on 2-3
        activity.addWindow(new byte[] {1, 1, 2, 2});  // s0 on grid 2-3, s1 on grid 4-5
        return activity;
    }

    private static WindowGrid grid() {
        return new WindowGrid(new long[] {0, 2}, 6, FRAMES);
    }

    @Test
    void countIsTheRoundedMeanOfLocalCountsOverCoveringWindows() {
        LocalActivity activity = new LocalActivity(3, 2);
        activity.addWindow(new byte[] {1, 3, 0});   // counts 1 2 0 at grid 0 1 2
        activity.addWindow(new byte[] {1, 1, 1});   // counts 1 1 1 at grid 2 3 4
        byte[] count = SpeakerCounting.count(activity, new WindowGrid(new long[] {0, 2}, 6, FRAMES));
        // grid 2: mean(0, 1) = 0.5 rounds half to even, to 0 (numpy's rint); grid 5: no window
        assertArrayEquals(new byte[] {1, 2, 0, 1, 1, 0}, count);
    }

    @Test
    void localSpeakersAreRelabelledSummedAndTheTopCountKept() {
        // w0: s0 -> A(0), s1 -> B(1); w1: s0 -> B, s1 -> A.
        // Sums: A = 1 1 1 1 1 1 (w0 s0 on 0-3, w1 s1 on 4-5); B = 0 0 2 2 0 0 (w0 s1 and w1 s0 on 2-3).
        SpeakerAssignment map = new SpeakerAssignment(new int[][] {{0, 1}, {1, 0}}, 2, new float[0][]);
        byte[] count = {1, 1, 1, 2, 1, 0};
        DiscreteDiarization frames = Reconstruction.reconstruct(twoWindows(), map, count, grid(), Integer.MAX_VALUE);
        assertEquals("A A B AB A -", render(frames));
    }

    @Test
    void aCountAboveTheSpeakersWithSpeechMarksOnlyThose() {
        SpeakerAssignment map = new SpeakerAssignment(new int[][] {{0, 1}, {1, 0}}, 2, new float[0][]);
        byte[] count = {2, 2, 2, 2, 2, 2};
        DiscreteDiarization frames = Reconstruction.reconstruct(twoWindows(), map, count, grid(), Integer.MAX_VALUE);
        assertEquals("A A AB AB A A", render(frames));
    }

    @Test
    void oneSpeakerPerFrameAtMostInExclusiveReconstruction() {
        SpeakerAssignment map = new SpeakerAssignment(new int[][] {{0, 1}, {1, 0}}, 2, new float[0][]);
        byte[] count = {2, 2, 2, 2, 2, 2};
        DiscreteDiarization frames = Reconstruction.reconstruct(twoWindows(), map, count, grid(), 1);
        assertEquals("A A B B A A", render(frames));
    }

    @Test
    void unassignedLocalSpeakersAreLeftOut() {
        SpeakerAssignment map = new SpeakerAssignment(new int[][] {{0, SpeakerAssignment.NONE}, {SpeakerAssignment.NONE, 0}},
            1, new float[0][]);
        byte[] count = {1, 1, 1, 1, 1, 1};
        DiscreteDiarization frames = Reconstruction.reconstruct(twoWindows(), map, count, grid(), Integer.MAX_VALUE);
        assertEquals("A A A A A A", render(frames));
    }

    @Test
    void twoLocalSpeakersOfOneWindowMappedToOneGlobalSpeakerCountOnce() {
        SpeakerAssignment map = new SpeakerAssignment(new int[][] {{0, 0}, {0, 0}}, 1, new float[0][]);
        byte[] count = {1, 1, 2, 2, 1, 1};
        DiscreteDiarization frames = Reconstruction.reconstruct(twoWindows(), map, count, grid(), Integer.MAX_VALUE);
        assertEquals("A A A A A A", render(frames));
    }

    static String render(DiscreteDiarization frames) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < frames.frames(); t++) {
            if (t > 0) {
                text.append(' ');
            }
            int before = text.length();
            for (int k = 0; k < frames.speakers(); k++) {
                if (frames.isActive(k, t)) {
                    text.append((char) ('A' + k));
                }
            }
            if (text.length() == before) {
                text.append('-');
            }
        }
        return text.toString();
    }
}
