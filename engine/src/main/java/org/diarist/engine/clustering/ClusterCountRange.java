package org.diarist.engine.clustering;

/** The cluster counts a clustering may produce, both bounds inclusive, already clamped to the item count. */
record ClusterCountRange(int min, int max) {

    ClusterCountRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad cluster count range [" + min + ", " + max + "]");
        }
    }

    int clamp(int k) {
        return Math.max(min, Math.min(max, k));
    }

    boolean isExact() {
        return min == max;
    }

    /** The same range for a smaller problem of {@code items} points (pre-clustered groups). */
    ClusterCountRange clampTo(int items) {
        return new ClusterCountRange(Math.min(min, items), Math.min(max, items));
    }
}
