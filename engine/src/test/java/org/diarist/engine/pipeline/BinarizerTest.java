package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.FrameRange;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Timeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BinarizerTest {

    private static final SlidingWindow FRAMES = SlidingWindow.of(0, 0.1, 0.1);

    @Test
    void hysteresisStartsAboveOnsetAndEndsBelowOffset() {
        float[] scores = {0.2f, 0.6f, 0.45f, 0.3f, 0.7f, 0.1f};
        assertEquals(List.of(new FrameRange(1, 3), new FrameRange(4, 5)), Binarizer.activeRuns(scores, 0.5, 0.4));
        // With one threshold the dip at 0.45 ends the first run.
        assertEquals(List.of(new FrameRange(1, 2), new FrameRange(4, 5)), Binarizer.activeRuns(scores, 0.5, 0.5));
    }

    @Test
    void aRunMayStartAtTheFirstFrameAndLastToTheEnd() {
        assertEquals(List.of(new FrameRange(0, 3)), Binarizer.activeRuns(new float[] {1, 1, 1}, 0.5, 0.5));
        assertEquals(List.of(), Binarizer.activeRuns(new float[] {0.5f, 0.5f}, 0.5, 0.5));
    }

    @Test
    void runsBecomeTimeThroughTheFrameGridCutToTheRecording() {
        float[] scores = {0, 1, 1, 0, 1, 1};
        Timeline regions = Binarizer.binarize(scores, FRAMES, new Segment(0, 0.55), BinarizeConfig.threshold(0.5));
        assertEquals(Timeline.of(new Segment(0.1, 0.3), new Segment(0.4, 0.55)), round(regions));
    }

    @Test
    void shortGapsAreFilledBeforeShortRegionsAreDropped() {
        // on [0.0, 0.3), gap 0.1, on [0.4, 0.5), gap 0.3, on [0.8, 0.9)
        float[] scores = {1, 1, 1, 0, 1, 0, 0, 0, 1, 0};
        Segment extent = new Segment(0, 1);
        BinarizeConfig fillGaps = BinarizeConfig.threshold(0.5).withMinDurations(0, 0.15);
        assertEquals(Timeline.of(new Segment(0, 0.5), new Segment(0.8, 0.9)),
            round(Binarizer.binarize(scores, FRAMES, extent, fillGaps)));
        BinarizeConfig both = BinarizeConfig.threshold(0.5).withMinDurations(0.2, 0.15);
        assertEquals(Timeline.of(new Segment(0, 0.5)), round(Binarizer.binarize(scores, FRAMES, extent, both)));
    }

    private static Timeline round(Timeline timeline) {
        return Timeline.of(timeline.segments().stream()
            .map(s -> new Segment(Math.round(s.start() * 1e6) / 1e6, Math.round(s.end() * 1e6) / 1e6)).toList());
    }
}
