package org.diarist.engine.metrics;

import java.util.Locale;

/**
 * How forgiving DER scoring is, in md-eval's terms: a no-score {@code collar} of that many seconds on both sides
 * of every reference turn boundary, and whether regions where reference speakers overlap are left out.
 *
 * @param collar      seconds removed before and after each reference boundary (md-eval {@code -c}); 0 for none
 * @param skipOverlap leave out the time where two or more reference speakers talk (md-eval {@code -1})
 */
public record ScoringProtocol(double collar, boolean skipOverlap) {

    /** Everything scored: no collar, overlapped speech included. */
    public static final ScoringProtocol FULL = new ScoringProtocol(0.0, false);
    /** 250 ms collar, overlapped speech included. */
    public static final ScoringProtocol FAIR = new ScoringProtocol(0.25, false);
    /** 250 ms collar, overlapped speech left out (the historical NIST RT setting). */
    public static final ScoringProtocol FORGIVING = new ScoringProtocol(0.25, true);

    public ScoringProtocol {
        if (!(collar >= 0) || !Double.isFinite(collar)) {
            throw new IllegalArgumentException("collar must be a non-negative number of seconds: " + collar);
        }
    }

    /** "Full", "Fair", "Forgiving", or "custom" for any other setting. */
    public String name() {
        if (equals(FULL)) {
            return "Full";
        }
        if (equals(FAIR)) {
            return "Fair";
        }
        return equals(FORGIVING) ? "Forgiving" : "custom";
    }

    /** One line, e.g. {@code Fair: collar 0.250 s, overlap scored}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: collar %.3f s, overlap %s", name(), collar,
            skipOverlap ? "skipped" : "scored");
    }
}
