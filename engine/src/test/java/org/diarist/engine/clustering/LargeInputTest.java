package org.diarist.engine.clustering;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs beyond the direct limit go through pre-clustering and never allocate an n x n matrix. */
class LargeInputTest {

    private static final int N = 5000;

    @Test
    void spectralClusteringOf5000EmbeddingsIsPreClusteredAndAccurate() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(77, 1800, 1200, 900, 600, 350, 150);
        assertEquals(N, data.truth.length);
        long[] allocated = new long[1];
        ClusteringResult result = measuringAllocation(allocated, () -> new SpectralClusterer().cluster(data.embeddings));
        assertEquals(6, result.clusterCount(), result.toString());
        assertEquals(500, result.diagnostics().coreItems());
        assertTrue(SyntheticSpeakers.adjustedRandIndex(result.labels(), data.truth) > 0.98);
        assertBounded(allocated[0]);
    }

    @Test
    void agglomerativeClusteringOf5000EmbeddingsIsPreClusteredAndAccurate() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(78, 0.2, AgglomerativeClustererTest.SPREAD,
            1800, 1200, 900, 600, 350, 150);
        long[] allocated = new long[1];
        ClusteringResult result = measuringAllocation(allocated, () -> new AgglomerativeClusterer().cluster(data.embeddings));
        assertEquals(6, result.clusterCount(), result.toString());
        assertEquals(1000, result.diagnostics().coreItems());
        assertTrue(SyntheticSpeakers.adjustedRandIndex(result.labels(), data.truth) > 0.98);
        assertBounded(allocated[0]);
    }

    /** A dense n x n double matrix would take 200 MB; everything allocated must stay well below one. */
    private static void assertBounded(long allocatedBytes) {
        long oneSquareMatrix = 8L * N * N;
        if (allocatedBytes >= 0) {
            assertTrue(allocatedBytes < oneSquareMatrix,
                "allocated " + allocatedBytes / (1 << 20) + " MB, an n x n matrix is " + oneSquareMatrix / (1 << 20) + " MB");
        }
    }

    /** Runs the task and stores the bytes this thread allocated (-1 when the JVM cannot tell). */
    static <T> T measuringAllocation(long[] allocated, java.util.function.Supplier<T> task) {
        var bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean threads && threads.isThreadAllocatedMemorySupported()) {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            T result = task.get();
            allocated[0] = threads.getThreadAllocatedBytes(id) - before;
            return result;
        }
        allocated[0] = -1;
        return task.get();
    }
}
