package org.diarist.engine.pipeline;

/**
 * Hears how a pipeline run advances (for progress bars and logs). Calls come from the thread running the
 * pipeline; implementations should return quickly.
 */
public interface DiarizationListener {

    /** A listener that ignores everything. */
    DiarizationListener NONE = new DiarizationListener() {
    };

    /**
     * {@code done} units of {@code stage} out of {@code total} (windows for the streaming stages); {@code total} is an
     * estimate from the file header and may be exceeded slightly, or -1 when unknown.
     */
    default void progress(DiarizationStage stage, long done, long total) {
    }

    /** {@code stage} is over and took {@code seconds} in all. */
    default void finished(DiarizationStage stage, double seconds) {
    }
}
