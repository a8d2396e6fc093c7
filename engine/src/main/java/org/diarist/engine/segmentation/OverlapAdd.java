package org.diarist.engine.segmentation;

import java.util.Arrays;

/**
 * Overlap-add of per-window frame scores onto the recording-wide frame grid (pyannote's
 * {@code Inference.aggregate}): each window adds {@code weight[f] * score[f][c]} at grid frame
 * {@code start + f}, and the average divides by the summed weights of the windows that cover a frame. A Hamming
 * weight trusts a window's centre more than its edges, where the model saw little context; uniform weights give a
 * plain mean. NaN scores are missing: they add neither score nor weight.
 *
 * <p>Windows may be added in any order; the grid grows as needed, so a long recording is aggregated while it
 * streams, in memory proportional to its number of frames, not windows.
 */
public final class OverlapAdd {

    private static final float EPSILON = 1e-12f;

    private final int classes;
    private final float[] frameWeights;
    private float[] sums = new float[0];
    private float[] weights = new float[0];
    private long frames;

    /**
     * @param classes      scores per frame
     * @param frameWeights weight of each frame of a window (its length is the frames per window)
     */
    public OverlapAdd(int classes, float[] frameWeights) {
        if (classes < 1 || frameWeights.length < 1) {
            throw new IllegalArgumentException("need at least one class and one frame per window");
        }
        this.classes = classes;
        this.frameWeights = frameWeights.clone();
    }

    /** pyannote's default: a Hamming window over the frames of a window. */
    public static OverlapAdd hamming(int classes, int framesPerWindow) {
        return new OverlapAdd(classes, hammingWindow(framesPerWindow));
    }

    /** Every frame of a window weighs the same. */
    public static OverlapAdd uniform(int classes, int framesPerWindow) {
        float[] ones = new float[framesPerWindow];
        Arrays.fill(ones, 1f);
        return new OverlapAdd(classes, ones);
    }

    /** numpy's {@code hamming(n)}: {@code 0.54 - 0.46 cos(2 pi i / (n - 1))}, symmetric, 1 for n = 1. */
    public static float[] hammingWindow(int n) {
        float[] window = new float[n];
        if (n == 1) {
            window[0] = 1f;
            return window;
        }
        for (int i = 0; i < n; i++) {
            window[i] = (float) (0.54 - 0.46 * Math.cos(2 * Math.PI * i / (n - 1)));
        }
        return window;
    }

    public int classes() {
        return classes;
    }

    /** Frames of the grid touched so far (the last touched frame + 1). */
    public long frames() {
        return frames;
    }

    /**
     * Adds one window's scores [frame][class] with frame 0 at grid frame {@code startFrame}; windows may have fewer
     * frames than the weights (the weights' first frames are used), never more.
     */
    public void add(long startFrame, float[][] scores) {
        if (startFrame < 0) {
            throw new IllegalArgumentException("a window cannot start before the grid: frame " + startFrame);
        }
        if (scores.length > frameWeights.length) {
            throw new IllegalArgumentException("window of " + scores.length + " frames, weights for " + frameWeights.length);
        }
        ensureFrames(startFrame + scores.length);
        int base = Math.toIntExact(startFrame);
        for (int f = 0; f < scores.length; f++) {
            float w = frameWeights[f];
            int frame = base + f;
            boolean counted = false;
            for (int c = 0; c < classes; c++) {
                float score = scores[f][c];
                if (!Float.isNaN(score)) {
                    sums[frame * classes + c] += w * score;
                    counted = true;
                }
            }
            if (counted) {
                weights[frame] += w;
            }
        }
    }

    /** Weighted sums [frame][class] over the first {@code gridFrames} frames (pyannote's {@code skip_average}). */
    public float[][] sums(int gridFrames) {
        float[][] out = new float[gridFrames][classes];
        int known = (int) Math.min(gridFrames, frames);
        for (int f = 0; f < known; f++) {
            System.arraycopy(sums, f * classes, out[f], 0, classes);
        }
        return out;
    }

    /**
     * The weighted average of class {@code c} over the first {@code gridFrames} frames; frames no window covered
     * get {@code missing}.
     */
    public float[] average(int gridFrames, int c, float missing) {
        float[] out = new float[gridFrames];
        for (int f = 0; f < gridFrames; f++) {
            float weight = f < frames ? weights[f] : 0f;
            out[f] = weight > 0 ? sums[f * classes + c] / Math.max(weight, EPSILON) : missing;
        }
        return out;
    }

    private void ensureFrames(long needed) {
        if (needed > frames) {
            frames = needed;
        }
        if (needed * classes > sums.length) {
            long capacity = Math.max(needed, Math.min(2L * weights.length, Integer.MAX_VALUE / classes));
            capacity = Math.max(capacity, 1024);
            sums = Arrays.copyOf(sums, Math.toIntExact(capacity * classes));
            weights = Arrays.copyOf(weights, Math.toIntExact(capacity));
        }
    }
}
