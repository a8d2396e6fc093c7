package org.diarist.benchmarks;

import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchRuntime;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One forward call of the segmentation network on a batch of {@code batch} 10 s windows (Java arrays in,
 * log-probabilities out, as the sliding inference calls it). The pipeline calls it once per
 * {@code batch} windows, one window per second of audio at the default step: real-time factor
 * = (seconds per operation) / {@code batch}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SegmentationBenchmark {

    /** {@code cpu}, or {@code cuda} / {@code cuda:N} with the -Pgpu build on a CUDA host. */
    @Param({"cpu"})
    public String device;

    @Param({"1", "8", "32"})
    public int batch;

    /** The shipped model (default), {@value BenchmarkModels#RANDOM} (the default architecture), a name or a folder. */
    @Param({"diarist-segmentation"})
    public String model;

    /** libtorch intra-op threads; 0 keeps libtorch's choice (one per core). */
    @Param({"0"})
    public int threads;

    private SegmentationModel network;
    private float[][] windows;

    @Setup(Level.Trial)
    public void setUp() {
        TorchRuntime.setThreads(threads);
        network = BenchmarkModels.segmentation(model, ComputeDevice.parse(device));
        Random random = new Random(5);
        windows = new float[batch][network.specification().windowSamples()];
        for (float[] window : windows) {
            for (int i = 0; i < window.length; i++) {
                window[i] = (float) random.nextGaussian() * 0.1f;
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        network.close();
    }

    @Benchmark
    public float[][][] forward() {
        return network.forward(windows);
    }
}
