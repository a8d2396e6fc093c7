package org.diarist.engine.pipeline;

import java.util.Arrays;

/**
 * The speaker embeddings of (window, local speaker) pairs, in the order they were added (window order), each
 * with how many frames that speaker talked alone in its window. About 1 KB per embedding (256 floats): two hours
 * at a 1 s step with two speakers per window hold some 15,000 embeddings, 15 MB.
 */
public final class LocalEmbeddings {

    private int size;
    private int[] windows = new int[256];
    private int[] speakers = new int[256];
    private int[] cleanFrames = new int[256];
    private float[][] vectors = new float[256][];

    public void add(int window, int speaker, int clean, float[] vector) {
        if (size == windows.length) {
            int capacity = 2 * size;
            windows = Arrays.copyOf(windows, capacity);
            speakers = Arrays.copyOf(speakers, capacity);
            cleanFrames = Arrays.copyOf(cleanFrames, capacity);
            vectors = Arrays.copyOf(vectors, capacity);
        }
        windows[size] = window;
        speakers[size] = speaker;
        cleanFrames[size] = clean;
        vectors[size] = vector;
        size++;
    }

    public int size() {
        return size;
    }

    public int window(int i) {
        return windows[i];
    }

    public int speaker(int i) {
        return speakers[i];
    }

    /** Frames where the speaker talked alone in its window. */
    public int cleanFrames(int i) {
        return cleanFrames[i];
    }

    /** The embedding itself (not a copy: do not change it). */
    public float[] vector(int i) {
        return vectors[i];
    }

    public int dimension() {
        return size == 0 ? 0 : vectors[0].length;
    }
}
