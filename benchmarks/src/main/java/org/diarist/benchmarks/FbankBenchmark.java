package org.diarist.benchmarks;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.features.Fbank;
import org.diarist.engine.features.FbankConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.Tensors;
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
 * WeSpeaker fbank (80 bins, CMN) of {@code segments} segments of 10 s (64: 10.67 min of audio per operation), in
 * batches of {@code batch} segments, from Java arrays (copy in, compute, copy out) or from a tensor already in
 * libtorch. Minutes of audio per second = segments / 6 / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class FbankBenchmark {

    static final int SAMPLES = 10 * 16000;

    /** The default of {@link #segments}; FeatureCpuTime times the same workload. */
    static final int SEGMENTS = 64;

    /** Segments per operation; a multiple of every batch size. */
    @Param({"64"})
    public int segments;

    @Param({"1", "8", "64"})
    public int batch;

    /** {@code cpu}, or {@code cuda} / {@code cuda:N} with the -Pgpu build on a CUDA host. */
    @Param({"cpu"})
    public String device;

    @Param({"0"})
    public int threads;

    private Fbank fbank;
    private float[][][] batches;
    private Tensor[] tensors;

    @Setup(Level.Trial)
    public void setUp() {
        TorchRuntime.setThreads(threads);
        fbank = new Fbank(FbankConfig.wespeaker(), ComputeDevice.parse(device));
        Random random = new Random(7);
        if (segments % batch != 0) {
            throw new IllegalArgumentException("segments (" + segments + ") must be a multiple of batch (" + batch + ")");
        }
        batches = new float[segments / batch][batch][SAMPLES];
        tensors = new Tensor[batches.length];
        for (int b = 0; b < batches.length; b++) {
            for (float[] segment : batches[b]) {
                for (int i = 0; i < segment.length; i++) {
                    segment[i] = (float) random.nextGaussian() * 0.1f;
                }
            }
            tensors[b] = Tensors.fromRows(batches[b]);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        for (Tensor tensor : tensors) {
            tensor.close();
        }
        fbank.close();
    }

    @Benchmark
    public int fromJavaArrays() {
        int frames = 0;
        for (float[][] segments : batches) {
            frames += fbank.extract(segments)[0].length;
        }
        return frames;
    }

    @Benchmark
    public long fromTensors() {
        long frames = 0;
        for (Tensor segments : tensors) {
            try (PointerScope ignored = new PointerScope()) {
                frames += fbank.extract(segments).size(1);
            }
        }
        return frames;
    }
}
