package org.diarist.engine.pipeline;

/**
 * The named steps of diarization, in order. Segmentation, binarisation and embedding extraction run together,
 * batch by batch, in one pass over the audio; their times are still kept apart.
 */
public enum DiarizationStage {
    /** The segmentation model over sliding windows. */
    SEGMENTATION,
    /** Powerset output to local speaker activity per window. */
    BINARIZATION,
    /** Speaker embeddings of each (window, local speaker) with enough clean speech. */
    EMBEDDINGS,
    /** Instantaneous number of speakers per frame. */
    COUNTING,
    /** Embeddings to global speakers. */
    CLUSTERING,
    /** Global speaker activity per frame from the clustered windows. */
    RECONSTRUCTION,
    /** Frames to labelled turns, with minimum durations and the exclusive mode. */
    ANNOTATION;

    /** Lower-case name for reports and JSON. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
