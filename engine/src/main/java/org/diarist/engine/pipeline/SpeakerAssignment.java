package org.diarist.engine.pipeline;

/**
 * Which global speaker each local speaker of each window is: {@code global(window, speaker)} is a speaker index
 * in {@code [0, speakers())}, or {@link #NONE} for a local speaker that stays out of the result (silent, or
 * without an embedding). {@code centroids} holds one unit-length embedding per global speaker, or none when the
 * speakers were not found by clustering.
 */
public final class SpeakerAssignment {

    /** A local speaker with no global speaker. */
    public static final int NONE = -1;

    private final int[][] globalOfLocal;
    private final int speakers;
    private final float[][] centroids;

    public SpeakerAssignment(int[][] globalOfLocal, int speakers, float[][] centroids) {
        this.globalOfLocal = globalOfLocal;
        this.speakers = speakers;
        this.centroids = centroids;
        for (int[] window : globalOfLocal) {
            for (int k : window) {
                if (k < NONE || k >= speakers) {
                    throw new IllegalArgumentException("global speaker " + k + " outside [0, " + speakers + ")");
                }
            }
        }
        if (centroids.length != 0 && centroids.length != speakers) {
            throw new IllegalArgumentException(centroids.length + " centroids for " + speakers + " speakers");
        }
    }

    /** Every local speaker of every window is the one global speaker 0 (no clustering). */
    public static SpeakerAssignment singleSpeaker(int windows, int localSpeakers) {
        int[][] map = new int[windows][localSpeakers];
        return new SpeakerAssignment(map, 1, new float[0][]);
    }

    public int global(int window, int speaker) {
        return globalOfLocal[window][speaker];
    }

    public int windows() {
        return globalOfLocal.length;
    }

    public int speakers() {
        return speakers;
    }

    public boolean hasCentroids() {
        return centroids.length == speakers && speakers > 0;
    }

    /** The centroid of global speaker {@code k} (a copy). */
    public float[] centroid(int k) {
        return centroids[k].clone();
    }

    @Override
    public String toString() {
        return "SpeakerAssignment[" + speakers + " speakers over " + globalOfLocal.length + " windows]";
    }
}
