package org.diarist.benchmarks;

import org.diarist.engine.audio.Resampler;
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

/** The streaming resampler alone: 60 s of mono noise at {@code from} Hz to 16 kHz, in 16,384-sample blocks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ResamplerBenchmark {

    private static final int SECONDS = 60;
    private static final int BLOCK = 16384;

    @Param({"8000", "22050", "44100", "48000"})
    public int from;

    private float[] input;
    private final float[] output = new float[BLOCK];

    @Setup
    public void setUp() {
        input = new float[SECONDS * from];
        Random random = new Random(1);
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) random.nextGaussian() * 0.1f;
        }
    }

    @Benchmark
    public long resampleTo16k(CpuTime cpu) {
        cpu.start();
        Resampler resampler = new Resampler(from, 16000);
        long total = 0;
        for (int at = 0; at < input.length; at += BLOCK) {
            resampler.push(input, at, Math.min(BLOCK, input.length - at));
            total += drain(resampler);
        }
        resampler.finish();
        total += drain(resampler);
        cpu.stop(SECONDS);
        return total;
    }

    private long drain(Resampler resampler) {
        long total = 0;
        for (int n; (n = resampler.pull(output, 0, output.length)) > 0; ) {
            total += n;
        }
        return total;
    }
}
