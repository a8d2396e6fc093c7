package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.segmentation.SlidingInference;

/**
 * Where the frames of each window fall on the recording's frame grid: window {@code w}'s frame 0 is grid frame
 * {@code startFrame(w)}; the grid has {@code gridFrames} frames laid out by {@code frames}.
 */
public record WindowGrid(long[] startFrames, int gridFrames, SlidingWindow frames) {

    /** The grid of the first {@code windows} windows of a sliding inference. */
    public static WindowGrid of(SlidingInference inference, int windows) {
        long[] starts = new long[windows];
        for (int w = 0; w < windows; w++) {
            starts[w] = inference.startFrame(w);
        }
        return new WindowGrid(starts, Math.toIntExact(inference.frameCount(windows)), inference.frames());
    }

    public int windows() {
        return startFrames.length;
    }

    public long startFrame(int window) {
        return startFrames[window];
    }
}
