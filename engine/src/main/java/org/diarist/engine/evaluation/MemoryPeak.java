package org.diarist.engine.evaluation;

/**
 * The most memory a stretch of work used: Java heap (the sum of each heap pool's peak, so an upper bound of the
 * heap's peak) and the process's resident set (VmHWM, which counts libtorch's native memory too).
 *
 * @param heapBytes peak heap use in bytes
 * @param rssBytes  peak resident set in bytes, or -1 where {@code /proc/self/status} is not available
 */
public record MemoryPeak(long heapBytes, long rssBytes) {

    public static final long UNKNOWN = -1;

    /** The larger of each measure. */
    public MemoryPeak max(MemoryPeak other) {
        return new MemoryPeak(Math.max(heapBytes, other.heapBytes), Math.max(rssBytes, other.rssBytes));
    }

    public double heapMegabytes() {
        return heapBytes / (1024.0 * 1024.0);
    }

    /** Peak RSS in MiB, or NaN when unknown. */
    public double rssMegabytes() {
        return rssBytes < 0 ? Double.NaN : rssBytes / (1024.0 * 1024.0);
    }
}
