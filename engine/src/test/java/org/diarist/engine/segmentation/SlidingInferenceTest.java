package org.diarist.engine.segmentation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlidingInferenceTest {

    /** Windows of 10 samples every 3. */
    private final SlidingInference inference = new SlidingInference(FakeSegmentationModel.small(), 3, 2);

    @Test
    void wholeWindowsThenOnePaddedWindowWhenTheAudioDoesNotEndOnABoundary() {
        assertEquals(0, inference.windowCount(0));
        assertEquals(1, inference.windowCount(5));   // shorter than a window: one padded window
        assertEquals(1, inference.windowCount(10));  // exactly one window
        assertEquals(2, inference.windowCount(11));  // [0, 10) and [3, 13) padded
        assertEquals(2, inference.windowCount(13));  // [0, 10) and [3, 13), both whole
        assertEquals(3, inference.windowCount(14));
        for (int length : new int[] {1, 5, 10, 11, 13, 14, 30, 101}) {
            List<WindowBatch> batches = run(ramp(length), 4);
            int windows = batches.stream().mapToInt(WindowBatch::size).sum();
            assertEquals(inference.windowCount(length), windows, "windows of " + length + " samples");
        }
    }

    @Test
    void eachWindowHoldsItsSamplesAndZerosPastTheEnd() {
        float[] samples = ramp(17);
        List<WindowBatch> batches = run(samples, 4);
        int expectedWindow = 0;
        for (WindowBatch batch : batches) {
            assertEquals(expectedWindow, batch.firstWindow());
            for (int i = 0; i < batch.size(); i++) {
                int start = 3 * batch.window(i);
                float[] expected = new float[10];
                for (int s = 0; s < 10 && start + s < samples.length; s++) {
                    expected[s] = samples[start + s];
                }
                assertArrayEquals(expected, batch.audio().window(i), "window " + batch.window(i));
                assertEquals(Math.min(10, samples.length - start), batch.validSamples()[i]);
                assertEquals(5, batch.logProbabilities()[i].length);
            }
            expectedWindow += batch.size();
        }
        assertEquals(4, expectedWindow); // [0,10) [3,13) [6,16) [9,19) padded
    }

    @Test
    void batchesHoldAtMostTheBatchSize() {
        FakeSegmentationModel model = FakeSegmentationModel.small();
        new SlidingInference(model, 3, 4).run(new ArrayAudioSource(ramp(100), 100, 7), batch -> { });
        assertEquals(List.of(4, 4, 4, 4, 4, 4, 4, 3), model.batchSizes());
    }

    @Test
    void theBufferNeverHoldsMoreThanOneBatchOfWindowsWhateverTheLength() {
        for (int length : new int[] {50, 5_000, 200_000}) {
            SlidingInference.Summary summary = new SlidingInference(FakeSegmentationModel.small(), 3, 4)
                .run(new ArrayAudioSource(new float[length], 100, 1000), batch -> { });
            assertEquals(length, summary.samples());
            assertTrue(summary.peakBufferedSamples() <= 10 + 3 * 3, "peak " + summary.peakBufferedSamples());
        }
    }

    @Test
    void windowStartsFallOnTheClosestGridFrame() {
        // Frames every 2 samples, windows every 3: window k starts at sample 3k, i.e. frame 1.5k, rounded half-even
        // as numpy's rint does.
        assertEquals(0, inference.startFrame(0));
        assertEquals(2, inference.startFrame(1));
        assertEquals(3, inference.startFrame(2));
        assertEquals(4, inference.startFrame(3));
        assertEquals(6, inference.startFrame(4));
        assertEquals(3 + 5, inference.frameCount(3));
    }

    @Test
    void refusesAStepLongerThanTheWindowOrASourceAtAnotherRate() {
        assertThrows(IllegalArgumentException.class, () -> new SlidingInference(FakeSegmentationModel.small(), 11, 2));
        assertThrows(IllegalArgumentException.class,
            () -> inference.run(new ArrayAudioSource(new float[20], 16000, 5), batch -> { }));
    }

    private List<WindowBatch> run(float[] samples, int block) {
        List<WindowBatch> batches = new ArrayList<>();
        inference.run(new ArrayAudioSource(samples, 100, block), batches::add);
        return batches;
    }

    private static float[] ramp(int length) {
        float[] samples = new float[length];
        Random random = new Random(length);
        for (int i = 0; i < length; i++) {
            samples[i] = 1 + random.nextInt(6); // never 0, so padding is recognisable
        }
        return samples;
    }
}
