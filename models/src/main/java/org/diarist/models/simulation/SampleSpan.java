package org.diarist.models.simulation;

/** Samples {@code [start, end)} of a signal. */
public record SampleSpan(int start, int end) {

    public SampleSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
