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
 * WeSpeaker fbank (80 bins, CMN) of 64 segments of 10 s (10.67 min of audio per operation), in batches of
 * {@code batch} segments, from Java arrays (copy in, compute, copy out) or from a tensor already in libtorch.
 * Minutes of audio per second = 10.67 / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class FbankBenchmark {

    static final int SEGMENTS = 64;
    static final int SAMPLES = 10 * 16000;

    @Param({"1", "8", "64"})
    public int batch;

    @Param({"0"})
    public int threads;

    private Fbank fbank;
    private float[][][] batches;
    private Tensor[] tensors;

    @Setup(Level.Trial)
    public void setUp() {
        TorchRuntime.setThreads(threads);
        fbank = new Fbank(FbankConfig.wespeaker(), ComputeDevice.CPU);
        Random random = new Random(7);
        batches = new float[SEGMENTS / batch][batch][SAMPLES];
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
