package org.diarist.benchmarks;

import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.embedding.EmbeddingModel;
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
 * Speaker embeddings of a batch of {@code batch} (window, local speaker) pairs, as the pipeline asks for them:
 * fbank of a 10 s window already on the device, and a frame mask keeping the 70 % of frames where the speaker
 * talks alone. The fbank itself is {@link FbankBenchmark}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class EmbeddingBenchmark {

    private static final int WINDOW_SAMPLES = 10 * 16000;

    /** {@code cpu}, or {@code cuda} / {@code cuda:N} with the -Pgpu build on a CUDA host. */
    @Param({"cpu"})
    public String device;

    @Param({"1", "16", "64"})
    public int batch;

    /** The shipped model (default), {@value BenchmarkModels#RANDOM} (the default architecture), a name or a folder. */
    @Param({"diarist-embedding"})
    public String model;

    /** libtorch intra-op threads; 0 keeps libtorch's choice (one per core). */
    @Param({"0"})
    public int threads;

    private EmbeddingModel network;
    private Tensor fbank;
    private Tensor mask;

    @Setup(Level.Trial)
    public void setUp() {
        TorchRuntime.setThreads(threads);
        ComputeDevice resolved = ComputeDevice.parse(device).resolve();
        network = BenchmarkModels.embedding(model, resolved);
        Random random = new Random(11);
        float[][] waveforms = new float[batch][WINDOW_SAMPLES];
        for (float[] waveform : waveforms) {
            for (int i = 0; i < waveform.length; i++) {
                waveform[i] = (float) random.nextGaussian() * 0.1f;
            }
        }
        try (Tensor input = Tensors.fromRows(waveforms); Tensor features = network.fbank(input)) {
            fbank = features.to(resolved.toNative(), torch.ScalarType.Float);
        }
        int frames = (int) fbank.size(1);
        float[] keep = new float[batch * frames];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = random.nextDouble() < 0.7 ? 1f : 0f;
        }
        try (Tensor cpuMask = Tensors.fromArray(keep, batch, frames)) {
            mask = cpuMask.to(resolved.toNative(), torch.ScalarType.Float);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fbank.close();
        mask.close();
        network.close();
    }

    @Benchmark
    public float[][] embed() {
        return network.embed(fbank, mask);
    }
}
