package org.diarist.models.simulation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** A distribution of durations in seconds to draw turn, pause and overlap lengths from. */
@FunctionalInterface
public interface DurationDistribution {

    double sample(RandomGenerator random);

    /** Log-normal with the given median and log-standard-deviation, clipped to {@code [min, max]}. */
    static DurationDistribution logNormal(double median, double sigma, double min, double max) {
        if (!(median > 0 && sigma >= 0 && min <= max)) {
            throw new IllegalArgumentException("bad log-normal: median " + median + ", sigma " + sigma);
        }
        double mu = Math.log(median);
        return random -> Math.min(max, Math.max(min, Math.exp(mu + sigma * random.nextGaussian())));
    }

    static DurationDistribution uniform(double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("bad uniform range [" + min + ", " + max + "]");
        }
        return random -> min + (max - min) * random.nextDouble();
    }

    /** Draws one of the observed values, each equally likely. */
    static DurationDistribution empirical(double[] observed) {
        if (observed.length == 0) {
            throw new IllegalArgumentException("no observations");
        }
        double[] values = observed.clone();
        Arrays.sort(values);
        return random -> values[random.nextInt(values.length)];
    }
}
