package org.diarist.engine.pipeline;

import org.diarist.engine.segmentation.Powerset;

import java.util.ArrayList;
import java.util.List;

/**
 * Which local speakers talk in each frame of each window, from the segmentation model's powerset classes,
 * kept as one byte per frame (bit {@code s} = local speaker {@code s}). This is the per-window result a long
 * recording accumulates: 589 bytes per window, about 4 MB for two hours at a 1 s step.
 */
public final class LocalActivity {

    private final int frames;
    private final int speakers;
    private final List<byte[]> windows = new ArrayList<>();

    public LocalActivity(int framesPerWindow, int speakers) {
        if (speakers < 1 || speakers > 8) {
            throw new IllegalArgumentException("local speakers must be 1..8: " + speakers);
        }
        this.frames = framesPerWindow;
        this.speakers = speakers;
    }

    /**
     * Appends the next window from powerset log-probabilities [frame][class]: per frame, the local speakers of
     * {@link Powerset#speakersAbove} at {@code speechThreshold}.
     */
    public void addWindow(float[][] logProbabilities, Powerset powerset, double speechThreshold) {
        if (logProbabilities.length != frames || powerset.maxSpeakers() != speakers) {
            throw new IllegalArgumentException("window of " + logProbabilities.length + " frames and "
                + powerset.maxSpeakers() + " speakers, expected " + frames + " and " + speakers);
        }
        byte[] masks = new byte[frames];
        for (int f = 0; f < frames; f++) {
            masks[f] = (byte) powerset.speakersAbove(logProbabilities[f], speechThreshold);
        }
        windows.add(masks);
    }

    /** Appends the next window from bit masks, one per frame. */
    public void addWindow(byte[] masks) {
        if (masks.length != frames) {
            throw new IllegalArgumentException("window of " + masks.length + " frames, expected " + frames);
        }
        windows.add(masks.clone());
    }

    public int windows() {
        return windows.size();
    }

    public int framesPerWindow() {
        return frames;
    }

    public int speakers() {
        return speakers;
    }

    /** Bit mask of the local speakers talking in frame {@code frame} of window {@code window}. */
    public int mask(int window, int frame) {
        return windows.get(window)[frame] & 0xff;
    }

    public boolean isActive(int window, int frame, int speaker) {
        return (mask(window, frame) >> speaker & 1) == 1;
    }

    /** Number of local speakers talking in a frame. */
    public int count(int window, int frame) {
        return Integer.bitCount(mask(window, frame));
    }

    /** Frames where {@code speaker} talks in {@code window}. */
    public int activeFrames(int window, int speaker) {
        int n = 0;
        for (int f = 0; f < frames; f++) {
            n += mask(window, f) >> speaker & 1;
        }
        return n;
    }

    /** Frames where {@code speaker} is the only one talking in {@code window}. */
    public int cleanFrames(int window, int speaker) {
        int n = 0;
        for (int f = 0; f < frames; f++) {
            n += mask(window, f) == 1 << speaker ? 1 : 0;
        }
        return n;
    }

    /** Bytes held for the windows (for memory checks). */
    public long bytes() {
        return (long) windows.size() * frames;
    }
}
