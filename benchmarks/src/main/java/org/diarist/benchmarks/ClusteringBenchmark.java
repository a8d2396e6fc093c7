package org.diarist.benchmarks;

import org.diarist.engine.clustering.AgglomerativeClusterer;
import org.diarist.engine.clustering.CannotLink;
import org.diarist.engine.clustering.Clusterer;
import org.diarist.engine.clustering.ClusteringResult;
import org.diarist.engine.clustering.SpectralClusterer;
import org.diarist.engine.clustering.SpeakerCountHints;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Clustering of n window-speaker embeddings (192-D, speakers of unequal sizes, same-speaker cosine ~0.8,
 * cross-speaker ~0.16; windows of 2 local speakers as cannot-link groups) with the default configs.
 * 1,000 and 5,000 go through pre-clustering (spectral beyond 500 points, AHC beyond 1,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ClusteringBenchmark {

    private static final int DIMENSION = 192;

    @Param({"100", "1000", "5000"})
    public int embeddings;

    @Param({"spectral", "ahc"})
    public String method;

    private float[][] data;
    private CannotLink windows;
    private Clusterer clusterer;

    @Setup
    public void setUp() {
        data = workload(embeddings);
        windows = windowsOfTwo(embeddings);
        clusterer = clusterer(method);
    }

    /** n embeddings of 4 (n <= 100), 6 (n <= 1,000) or 8 speakers, always the same for a given n. */
    static float[][] workload(int n) {
        int speakers = n <= 100 ? 4 : n <= 1000 ? 6 : 8;
        return speakerEmbeddings(n, speakers, new Random(42));
    }

    /** Consecutive pairs as windows of two local speakers. */
    static CannotLink windowsOfTwo(int n) {
        int[] window = new int[n];
        for (int i = 0; i < n; i++) {
            window[i] = i / 2;
        }
        return CannotLink.byGroupId(window);
    }

    static Clusterer clusterer(String method) {
        return method.equals("ahc") ? new AgglomerativeClusterer() : new SpectralClusterer();
    }

    @Benchmark
    public ClusteringResult cluster() {
        return clusterer.cluster(data, windows, SpeakerCountHints.none());
    }

    /** Speaker i gets a share proportional to i + 1; embedding = centre (20 % shared direction) + noise. */
    private static float[][] speakerEmbeddings(int n, int speakers, Random random) {
        double[] common = gaussian(random, 1.0);
        double[][] centres = new double[speakers][];
        for (int s = 0; s < speakers; s++) {
            double[] own = gaussian(random, 1.0);
            centres[s] = new double[DIMENSION];
            for (int j = 0; j < DIMENSION; j++) {
                centres[s][j] = Math.sqrt(0.2) * common[j] + Math.sqrt(0.8) * own[j];
            }
        }
        int totalShare = speakers * (speakers + 1) / 2;
        float[][] out = new float[n][DIMENSION];
        for (int i = 0; i < n; i++) {
            int ticket = random.nextInt(totalShare);
            int speaker = 0;
            while (ticket >= speaker + 1) {
                ticket -= speaker + 1;
                speaker++;
            }
            double[] noise = gaussian(random, 0.5);
            for (int j = 0; j < DIMENSION; j++) {
                out[i][j] = (float) (centres[speaker][j] + noise[j]);
            }
        }
        return out;
    }

    /** A random vector of the given expected norm. */
    private static double[] gaussian(Random random, double norm) {
        double[] v = new double[DIMENSION];
        for (int j = 0; j < DIMENSION; j++) {
            v[j] = norm * random.nextGaussian() / Math.sqrt(DIMENSION);
        }
        return v;
    }
}
