package org.diarist.engine.vad;

import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hand-computed cases; frames of 100 samples at 1000 Hz (0.1 s) keep the arithmetic readable. */
class SpeechRegionsTest {

    private static final int STEP = 100;
    private static final int RATE = 1000;

    private static Timeline detect(SpeechRegionConfig config, float... probabilities) {
        return SpeechRegions.detect(probabilities, STEP, (long) probabilities.length * STEP, RATE, config);
    }

    private static SpeechRegionConfig.Builder noPadding() {
        return SpeechRegionConfig.builder().onset(0.5).offset(0.35).minSpeech(0).minSilence(0).padding(0);
    }

    @Test
    void speechStartsAtOnsetAndEndsBelowOffset() {
        Timeline regions = detect(noPadding().build(), .1f, .6f, .9f, .4f, .2f, .1f);
        // .4 lies between offset and onset: it neither starts nor ends speech; .2 at frame 4 ends it.
        assertEquals(Timeline.of(Segment.of(0.1, 0.4)), regions);
    }

    @Test
    void valuesBetweenThresholdsDoNotStartSpeech() {
        assertEquals(Timeline.empty(), detect(noPadding().build(), .4f, .45f, .49f, .3f));
    }

    @Test
    void shortDipsAreBridgedByMinSilence() {
        SpeechRegionConfig config = noPadding().minSilence(0.2).build();
        // Dip of one frame (frame 2) is bridged; the dip from frame 5 lasts 0.2 s by frame 7 and ends speech at 0.5.
        Timeline regions = detect(config, .9f, .9f, .1f, .9f, .9f, .1f, .1f, .1f, .1f);
        assertEquals(Timeline.of(Segment.of(0.0, 0.5)), regions);
    }

    @Test
    void shortSpeechIsDropped() {
        SpeechRegionConfig config = noPadding().minSpeech(0.25).build();
        // 0.2 s of speech, then 0.3 s: only the second is longer than 0.25 s.
        Timeline regions = detect(config, .9f, .9f, .1f, .1f, .9f, .9f, .9f, .1f);
        assertEquals(Timeline.of(Segment.of(0.4, 0.7)), regions);
    }

    @Test
    void speechRunningToTheEndEndsWithTheAudio() {
        assertEquals(Timeline.of(Segment.of(0.2, 0.5)), detect(noPadding().build(), .1f, .1f, .9f, .9f, .9f));
    }

    @Test
    void paddingWidensAndSplitsNarrowGaps() {
        SpeechRegionConfig config = noPadding().padding(0.15).build();
        // Regions [0.1, 0.3) and [0.5, 0.7): the 0.2 s gap is narrower than two pads, so each side takes 0.1 s.
        // The last one ends at 0.7 + 0.15 = 0.85 and the first starts at max(0, 0.1 - 0.15) = 0.
        Timeline regions = detect(config, .1f, .9f, .9f, .1f, .1f, .9f, .9f, .1f, .1f, .1f);
        assertEquals(Timeline.of(Segment.of(0.0, 0.4), Segment.of(0.4, 0.85)), regions);
    }

    @Test
    void offsetDefaultsFollowSilero() {
        assertEquals(0.35, SpeechRegionConfig.defaults().offset(), 1e-12);
        assertEquals(0.01, SpeechRegionConfig.builder().onset(0.1).build().offset(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SpeechRegionConfig.builder().onset(1.5).build());
        assertThrows(IllegalArgumentException.class, () -> SpeechRegionConfig.builder().padding(-1).build());
    }
}
