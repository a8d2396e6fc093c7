package org.diarist.benchmarks.registry;

import org.diarist.registry.RegistryConfig;
import org.diarist.registry.index.HnswParameters;
import org.diarist.registry.index.HnswVectorIndex;
import org.diarist.registry.index.Neighbor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The registry's query path: the {@code candidateVoiceprints} nearest voiceprints of a new embedding, from the
 * HNSW graph and, for comparison, by exact search. Populations of 10k and 100k voiceprints (20 per speaker, 192-D,
 * clustered, see {@link ClusteredVoiceprints}); 1M is a parameter to run by hand ({@code -p voiceprints=1000000},
 * about 3 GB of heap and a long setup). Sample mode reports percentiles (p0.99 is the p99 latency).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class RegistryQueryBenchmark {

    private static final int QUERIES = 4_096;

    @Param({"10000", "100000"})
    public int voiceprints;

    @Param({"192"})
    public int dimension;

    private HnswVectorIndex graph;
    private ClusteredVoiceprints population;
    private float[][] queries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        population = new ClusteredVoiceprints(voiceprints, voiceprints / 20, dimension, 42);
        graph = HnswVectorIndex.build(population.vectors, HnswParameters.DEFAULT,
            Runtime.getRuntime().availableProcessors());
        queries = population.queries(QUERIES, 7).vectors();
    }

    @Benchmark
    public List<Neighbor> hnsw() {
        return graph.search(nextQuery(), RegistryConfig.DEFAULT_CANDIDATE_VOICEPRINTS);
    }

    @Benchmark
    public List<Neighbor> exact() {
        return population.vectors.search(nextQuery(), RegistryConfig.DEFAULT_CANDIDATE_VOICEPRINTS);
    }

    private float[] nextQuery() {
        next = (next + 1) % QUERIES;
        return queries[next];
    }
}
