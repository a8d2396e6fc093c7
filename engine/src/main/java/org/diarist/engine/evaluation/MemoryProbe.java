package org.diarist.engine.evaluation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Peak memory of this process since the last {@link #reset()}: heap from the {@link MemoryPoolMXBean}s, resident
 * set from {@code /proc/self/status} (VmHWM). On Linux, writing {@code 5} to {@code /proc/self/clear_refs} resets
 * VmHWM to the current resident set; where that is refused, the RSS peak covers the process's whole life.
 */
public final class MemoryProbe {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private MemoryProbe() {
    }

    /** Starts a new measurement: forgets the peaks seen so far. */
    public static void reset() {
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | SecurityException | UnsupportedOperationException ignored) {
            // not Linux, or not allowed: the RSS peak then covers the whole process
        }
    }

    /** The peaks since the last {@link #reset()}. */
    public static MemoryPeak peak() {
        long heap = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            heap += pool.getPeakUsage().getUsed();
        }
        return new MemoryPeak(heap, residentSetPeak());
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();
    }

    /** VmHWM in bytes, or -1 when {@code /proc/self/status} cannot tell. */
    static long residentSetPeak() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException ignored) {
            // fall through: unknown
        }
        return MemoryPeak.UNKNOWN;
    }
}
