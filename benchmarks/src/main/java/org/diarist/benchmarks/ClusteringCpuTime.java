package org.diarist.benchmarks;

import org.diarist.engine.clustering.CannotLink;
import org.diarist.engine.clustering.Clusterer;
import org.diarist.engine.clustering.ClusteringResult;
import org.diarist.engine.clustering.SpeakerCountHints;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The workloads of {@link ClusteringBenchmark}, timed by this thread's CPU time as well as wall time, best of
 * {@code REPEATS} after one warm-up. On a machine shared with other jobs, wall time measures the queue for
 * the cores; CPU time stays close to what an idle core would take (clustering is single-threaded).
 *
 * <pre>java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     org.diarist.benchmarks.ClusteringCpuTime</pre>
 */
public final class ClusteringCpuTime {

    private static final int REPEATS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClusteringCpuTime() {
    }

    public static void main(String[] args) {
        for (int n : new int[] {100, 1000, 5000}) {
            float[][] data = ClusteringBenchmark.workload(n);
            CannotLink windows = ClusteringBenchmark.windowsOfTwo(n);
            for (String method : new String[] {"spectral", "ahc"}) {
                Clusterer clusterer = ClusteringBenchmark.clusterer(method);
                ClusteringResult result = clusterer.cluster(data, windows, SpeakerCountHints.none());
                double bestCpu = Double.POSITIVE_INFINITY;
                double bestWall = Double.POSITIVE_INFINITY;
                for (int r = 0; r < REPEATS; r++) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    result = clusterer.cluster(data, windows, SpeakerCountHints.none());
                    bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - cpu) * 1e-9);
                    bestWall = Math.min(bestWall, (System.nanoTime() - wall) * 1e-9);
                }
                System.out.printf("%5d embeddings, %-8s: CPU %7.3f s, wall %7.3f s -> %d clusters (%s)%n",
                    n, method, bestCpu, bestWall, result.clusterCount(), result.diagnostics());
            }
        }
    }
}
