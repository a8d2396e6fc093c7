package org.diarist.benchmarks;

import org.bytedeco.javacpp.PointerScope;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.engine.torch.TorchScriptModule;
import org.diarist.engine.vad.SileroVad;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Silero VAD over 60 s of real speech (the 30 s AMI sample, twice): {@link SileroVad} as shipped (one libtorch
 * call per 10 s block), against one {@code forward} call per 32 ms chunk. Real-time factor = seconds per
 * operation / 60. Model and audio come from {@code -Ddiarist.shared=DIR} (default {@code ../shared}):
 * {@code models/silero-vad/silero_vad.jit} and {@code data/ami/sample.flac}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SileroVadBenchmark {

    static final int SECONDS = 60;

    @Param({"1"})
    public int threads;

    private SileroVad vad;
    private TorchScriptModule module;
    private float[] audio;

    @Setup(Level.Trial)
    public void setUp() {
        Path shared = Path.of(System.getProperty("diarist.shared", "../shared"));
        Path model = shared.resolve("models/silero-vad/silero_vad.jit");
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("no Silero model at " + model.toAbsolutePath() + "; set -Ddiarist.shared");
        }
        TorchRuntime.setThreads(threads);
        vad = SileroVad.load(model, ComputeDevice.CPU);
        module = TorchScriptModule.load(model, ComputeDevice.CPU);
        float[] speech = Audio.load(shared.resolve("data/ami/sample.flac"));
        audio = new float[SECONDS * 16000];
        for (int at = 0; at < audio.length; at += speech.length) {
            System.arraycopy(speech, 0, audio, at, Math.min(speech.length, audio.length - at));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        vad.close();
        module.close();
    }

    @Benchmark
    public float[] blocksOfChunks() {
        return vad.detect(audio).probabilities();
    }

    @Benchmark
    public float perChunkCalls() {
        module.run("reset_states");
        float sum = 0;
        for (int at = 0; at < audio.length; at += SileroVad.CHUNK) {
            try (PointerScope ignored = new PointerScope()) {
                float[] chunk = Arrays.copyOfRange(audio, at, at + SileroVad.CHUNK);
                sum += Tensors.toArray(module.forward(Tensors.fromArray(chunk, 1, SileroVad.CHUNK), 16000L))[0];
            }
        }
        return sum;
    }
}
