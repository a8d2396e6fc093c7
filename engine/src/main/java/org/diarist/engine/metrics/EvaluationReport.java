package org.diarist.engine.metrics;

import java.util.List;

/** Scores per recording, sorted by uri, and over all of them (DER time-weighted, JER averaged over speakers). */
public record EvaluationReport(ScoringProtocol protocol, boolean withUem, List<Score> files, Score total) {

    public static final String TOTAL = "TOTAL";

    public EvaluationReport {
        files = List.copyOf(files);
    }
}
