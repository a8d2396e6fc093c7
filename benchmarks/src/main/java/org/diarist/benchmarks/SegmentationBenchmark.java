package org.diarist.benchmarks;

import org.diarist.engine.audio.WindowSpan;
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
 * One forward call of the segmentation network on a batch of {@code batch} 10 s windows, 1 s apart (the default
 * step), Java arrays in and log-probabilities out. {@code input = span} passes them as the sliding inference does,
 * as one stretch of audio whose overlapping windows share their front end; {@code windows} passes separate
 * windows. The pipeline makes one call per {@code batch} windows, one window per second of audio: real-time
 * factor = (seconds per operation) / {@code batch}.
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
    @Param({"1"})
    public int threads;

    @Param({"span", "windows"})
    public String input;

    private SegmentationModel network;
    private WindowSpan span;
    private float[][] windows;

    @Setup(Level.Trial)
    public void setUp() {
        TorchRuntime.setThreads(threads);
        network = BenchmarkModels.segmentation(model, ComputeDevice.parse(device));
        int window = network.specification().windowSamples();
        int step = window / 10;
        float[] samples = new float[(batch - 1) * step + window];
        Random random = new Random(5);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) random.nextGaussian() * 0.1f;
        }
        span = new WindowSpan(samples, window, step, batch);
        windows = span.windows();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        network.close();
    }

    @Benchmark
    public float[][][] forward() {
        return input.equals("span") ? network.forward(span) : network.forward(windows);
    }
}
