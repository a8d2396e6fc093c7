package org.diarist.models.train;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The per-step losses a {@link TrainingProgress} wrote to its log, for tests that check training learns. */
public final class LoggedLosses {

    private static final Pattern LOSS = Pattern.compile("loss ([0-9.]+) ");

    private final List<Double> losses;

    private LoggedLosses(List<Double> losses) {
        this.losses = losses;
    }

    public static LoggedLosses in(String log) {
        List<Double> losses = new ArrayList<>();
        Matcher m = LOSS.matcher(log);
        while (m.find()) {
            losses.add(Double.parseDouble(m.group(1)));
        }
        return new LoggedLosses(losses);
    }

    public int size() {
        return losses.size();
    }

    /** Mean loss of steps {@code from} (inclusive) to {@code to} (exclusive), counted from 0. */
    public double mean(int from, int to) {
        return losses.subList(from, to).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
