package org.diarist.models.train;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Progress of a training run on stderr: a line redrawn in place on a terminal, otherwise a plain line every
 * {@code every} steps so a nohup log stays readable.
 */
public final class TrainingProgress {

    private final PrintWriter out;
    private final boolean terminal;
    private final int every;
    private final boolean quiet;
    private final long startNanos = System.nanoTime();
    private double smoothedLoss = Double.NaN;

    public TrainingProgress(PrintWriter out, boolean terminal, int every, boolean quiet) {
        this.out = out;
        this.terminal = terminal;
        this.every = every;
        this.quiet = quiet;
    }

    public static TrainingProgress toStderr(boolean quiet) {
        return new TrainingProgress(new PrintWriter(new PrintStream(System.err, true), true), System.console() != null,
            25, quiet);
    }

    public void note(String message) {
        if (!quiet) {
            if (terminal) {
                out.print("\r\033[K");
            }
            out.println(message);
            out.flush();
        }
    }

    /**
     * Reports a finished step; {@code firstStep} is where this process started (for the ETA after a resume) and
     * {@code details} what else the trainer wants on the line (learning rate, margin, ...).
     */
    public void step(long step, long totalSteps, long firstStep, double loss, String details) {
        smoothedLoss = Double.isNaN(smoothedLoss) ? loss : 0.95 * smoothedLoss + 0.05 * loss;
        if (quiet || (!terminal && step % every != 0 && step != totalSteps)) {
            return;
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long done = step - firstStep;
        double eta = done > 0 ? elapsed / done * (totalSteps - step) : Double.NaN;
        String line = String.format("train: step %d/%d (%.1f%%) loss %.3f (avg %.3f) %s | %s elapsed, ETA %s",
            step, totalSteps, 100.0 * step / totalSteps, loss, smoothedLoss, details, clock(elapsed), clock(eta));
        if (terminal) {
            out.print("\r\033[K" + line);
            if (step == totalSteps) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    public double smoothedLoss() {
        return smoothedLoss;
    }

    static String clock(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                         : String.format("%02d:%02d", s / 60, s % 60);
    }
}
