package org.diarist.engine.pipeline;

import java.util.BitSet;

/** Which global speakers talk in each frame of the recording's grid: one bit set per speaker. */
public final class DiscreteDiarization {

    private final int frames;
    private final BitSet[] speakers;

    public DiscreteDiarization(int frames, int speakerCount) {
        this.frames = frames;
        this.speakers = new BitSet[speakerCount];
        for (int k = 0; k < speakerCount; k++) {
            speakers[k] = new BitSet(frames);
        }
    }

    public int frames() {
        return frames;
    }

    public int speakers() {
        return speakers.length;
    }

    public void set(int speaker, int frame) {
        speakers[speaker].set(frame);
    }

    public boolean isActive(int speaker, int frame) {
        return speakers[speaker].get(frame);
    }

    /** The frames of one speaker (a copy). */
    public BitSet frames(int speaker) {
        return (BitSet) speakers[speaker].clone();
    }

    /** How many speakers talk in a frame. */
    public int count(int frame) {
        int n = 0;
        for (BitSet speaker : speakers) {
            n += speaker.get(frame) ? 1 : 0;
        }
        return n;
    }
}
