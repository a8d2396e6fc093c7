package org.diarist.engine.pipeline;

/** How window-speaker embeddings become global speakers. */
public enum ClusteringMethod {
    /** Spectral clustering with NME-SC AutoTune (the default). */
    SPECTRAL,
    /** Centroid-linkage agglomerative clustering with a threshold (pyannote 3.1). */
    AHC
}
