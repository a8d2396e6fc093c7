package org.diarist.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the benchmark thread next to the audio seconds it processed, summed per iteration, so that the
 * real-time factor (audioSeconds / cpuSeconds) holds even on a machine shared with other work, where wall-clock
 * scores swing. Add it as a benchmark argument and wrap the work in {@link #start()} / {@link #stop(double)}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public double cpuSeconds;
    public double audioSeconds;
    private long startedNanos;

    @Setup(Level.Iteration)
    public void reset() {
        cpuSeconds = 0;
        audioSeconds = 0;
    }

    public void start() {
        startedNanos = THREADS.getCurrentThreadCpuTime();
    }

    public void stop(double audio) {
        cpuSeconds += (THREADS.getCurrentThreadCpuTime() - startedNanos) * 1e-9;
        audioSeconds += audio;
    }
}
