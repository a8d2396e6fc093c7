package org.diarist.models.augment;

import java.util.random.RandomGenerator;

/** Level changes: a fixed gain, or one drawn uniformly in decibels. */
public final class Gain {

    private Gain() {
    }

    /** {@code x} louder by {@code db} decibels (quieter when negative). */
    public static float[] apply(float[] x, double db) {
        return Signals.scaled(x, Signals.amplitude(db));
    }

    /** {@code x} with a gain drawn uniformly from {@code [minDb, maxDb]}. */
    public static float[] random(float[] x, double minDb, double maxDb, RandomGenerator random) {
        return apply(x, minDb + (maxDb - minDb) * random.nextDouble());
    }
}
