package org.diarist.engine.annotation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlidingWindowTest {

    /** 25 ms windows every 10 ms, like fbank frames. */
    private final SlidingWindow fbank = SlidingWindow.of(0.0, 0.025, 0.010);

    @Test
    void frameTimesComeFromTheIndex() {
        assertEquals(Segment.of(0.0, 0.025), fbank.frame(0));
        assertEquals(1.0, fbank.frameStart(100), 1e-12);
        assertEquals(1.0125, fbank.frameCenter(100), 1e-12);
        // one multiplication, no drift after a million frames
        assertEquals(10_000.0125, fbank.frameCenter(1_000_000), 1e-9);
    }

    @Test
    void closestFrameIsTheNearestCentre() {
        assertEquals(-1, fbank.closestFrame(0.0)); // frame -1 is centred on 0.0025
        assertEquals(0, fbank.closestFrame(0.0125));
        assertEquals(1, fbank.closestFrame(0.0226));
        assertEquals(100, fbank.closestFrame(1.0125));
        assertEquals(fbank.closestFrame(3.7), fbank.closestFrame(fbank.frameCenter(fbank.closestFrame(3.7))));
    }

    @Test
    void rangeTakesFramesWhoseCentreIsInside() {
        SlidingWindow frames = SlidingWindow.of(0.0, 0.1, 0.1); // centres 0.05, 0.15, ...
        assertEquals(new FrameRange(0, 3), frames.range(Segment.of(0.0, 0.3)));
        assertEquals(new FrameRange(1, 2), frames.range(Segment.of(0.06, 0.25))); // 0.25 is excluded
        assertEquals(new FrameRange(1, 3), frames.range(Segment.of(0.06, 0.26)));
        assertEquals(3, frames.range(Segment.of(0.0, 0.3)).count());
    }

    @Test
    void consecutiveSegmentsPartitionTheFrames() {
        SlidingWindow frames = SlidingWindow.of(0.0, 0.017, 0.0169);
        FrameRange left = frames.range(Segment.of(1.0, 2.345));
        FrameRange right = frames.range(Segment.of(2.345, 4.0));
        assertEquals(left.end(), right.first());
    }

    @Test
    void segmentOfARangeRoundTrips() {
        SlidingWindow frames = SlidingWindow.of(0.5, 0.0619, 0.0169);
        for (long first = 0; first < 50; first += 7) {
            for (long count = 0; count < 40; count += 3) {
                FrameRange range = new FrameRange(first, first + count);
                assertEquals(range, frames.range(frames.segment(range)), range.toString());
            }
        }
    }

    @Test
    void framesInADuration() {
        SlidingWindow chunks = SlidingWindow.of(0.0, 10.0, 1.0);
        assertEquals(0, chunks.framesIn(9.99));
        assertEquals(1, chunks.framesIn(10.0));
        assertEquals(6, chunks.framesIn(15.5));
        assertEquals(3, SlidingWindow.of(0, 0.1, 0.1).framesIn(0.3)); // 0.3 / 0.1 is 2.9999999999999996
        assertEquals(7, chunks.framesCovering(15.5));
        assertEquals(6, chunks.framesCovering(15.0));
        assertEquals(1, chunks.framesCovering(3.0));
        assertEquals(0, chunks.framesCovering(0.0));
        assertEquals(100, fbank.stepsIn(1.0));
    }

    @Test
    void samplesAtARate() {
        SlidingWindow samples = SlidingWindow.samples(16_000);
        assertEquals(16_000, samples.framesIn(1.0));
        assertEquals(1.5, samples.frameStart(24_000), 1e-12);
        assertEquals(new FrameRange(16_000, 32_000), samples.range(Segment.of(1.0, 2.0)));
    }

    @Test
    void rejectsNonPositiveStepOrDuration() {
        assertThrows(IllegalArgumentException.class, () -> SlidingWindow.of(0, 0, 0.01));
        assertThrows(IllegalArgumentException.class, () -> SlidingWindow.of(0, 0.01, -1));
        assertThrows(IllegalArgumentException.class, () -> SlidingWindow.samples(0));
    }

    @Test
    void frameRangeClipsToAnArray() {
        assertEquals(new FrameRange(0, 5), new FrameRange(-3, 9).clip(5));
        assertEquals(new FrameRange(5, 5), new FrameRange(7, 9).clip(5));
    }
}
