package org.diarist.cli;

import org.diarist.engine.pipeline.DiarizationListener;
import org.diarist.engine.pipeline.DiarizationStage;

import java.io.PrintWriter;

/**
 * Draws a pipeline's progress on stderr, one bar per stage that reports progress (windows), labelled with the
 * recording; draws nothing unless stderr is a terminal and {@code --quiet} was not given.
 */
final class StageProgress implements DiarizationListener, AutoCloseable {

    private final PrintWriter err;
    private final String name;
    private final boolean enabled;
    private DiarizationStage stage;
    private ProgressBar bar;

    private StageProgress(PrintWriter err, String name, boolean enabled) {
        this.err = err;
        this.name = name;
        this.enabled = enabled;
    }

    static StageProgress onTerminal(PrintWriter err, String name, CommonOptions common) {
        return new StageProgress(err, name, !common.quiet() && System.console() != null);
    }

    @Override
    public void progress(DiarizationStage current, long done, long total) {
        if (!enabled) {
            return;
        }
        if (current != stage) {
            close();
            stage = current;
            bar = new ProgressBar(err, name + " " + current.key(), true, windows -> windows + " windows");
        }
        bar.update(done, Math.max(total, done));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
