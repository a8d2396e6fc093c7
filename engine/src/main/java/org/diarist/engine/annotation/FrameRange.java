package org.diarist.engine.annotation;

/** Frame indices {@code [first, end)} of a {@link SlidingWindow}. */
public record FrameRange(long first, long end) {

    public FrameRange {
        if (end < first) {
            throw new IllegalArgumentException("frame range ends before it starts: [" + first + ", " + end + ")");
        }
    }

    public long count() {
        return end - first;
    }

    public boolean isEmpty() {
        return end == first;
    }

    public boolean contains(long frame) {
        return first <= frame && frame < end;
    }

    /** This range limited to {@code [0, frames)}, for indexing an array of that many frames. */
    public FrameRange clip(long frames) {
        long clippedFirst = Math.min(Math.max(first, 0), frames);
        long clippedEnd = Math.min(Math.max(end, clippedFirst), frames);
        return new FrameRange(clippedFirst, clippedEnd);
    }
}
