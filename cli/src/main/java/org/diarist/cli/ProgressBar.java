package org.diarist.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * A one-line progress bar on stderr, redrawn with a carriage return. It draws only when stderr is a terminal and
 * {@code --quiet} was not given, so logs and captured output never fill with control characters.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final LongFunction<String> amount;
    private String lastDrawn = "";

    ProgressBar(PrintWriter err, String label, boolean enabled) {
        this(err, label, enabled, ProgressBar::megabytes);
    }

    /** A bar whose amounts read as {@code amount} formats them (bytes as megabytes by default). */
    ProgressBar(PrintWriter err, String label, boolean enabled, LongFunction<String> amount) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
        this.amount = amount;
    }

    /** A bar that draws when the process has a terminal and the user did not ask for quiet. */
    static ProgressBar onTerminal(PrintWriter err, String label, CommonOptions common) {
        return new ProgressBar(err, label, !common.quiet() && System.console() != null);
    }

    /** Shows {@code done} out of {@code total}; {@code total} is negative when unknown. */
    void update(long done, long total) {
        if (!enabled) {
            return;
        }
        String line = render(done, total);
        if (!line.equals(lastDrawn)) { // redraw only when what the user sees changes
            err.print("\r" + line);
            err.flush();
            lastDrawn = line;
        }
    }

    String render(long done, long total) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s  %s", label, amount.apply(done));
        }
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "%s  [%s%s] %3d%%  %s / %s", label, "#".repeat(filled),
            "-".repeat(WIDTH - filled), (int) Math.floor(fraction * 100), amount.apply(done), amount.apply(total));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Ends the bar's line so that what follows starts on a fresh one. */
    @Override
    public void close() {
        if (enabled && !lastDrawn.isEmpty()) {
            err.println();
            err.flush();
        }
    }
}
