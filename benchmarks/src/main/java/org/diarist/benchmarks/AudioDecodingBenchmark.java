package org.diarist.benchmarks;

import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.AudioSource;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Decoding plus conversion to 16 kHz mono of {@value #SECONDS} s of stereo audio, streamed in blocks as the
 * pipeline reads it. Real-time factor = {@value #SECONDS} s / (time per operation), or audioSeconds / cpuSeconds
 * ({@link CpuTime}) on a busy machine. The inputs (a two-tone stereo
 * signal) are made at setup by the ffmpeg command-line tool, which must be installed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AudioDecodingBenchmark {

    static final int SECONDS = 60;

    /** wav (pure Java) or a format FFmpeg decodes. */
    @Param({"wav-44100", "flac-44100", "mp3-44100", "opus-48000", "wav-16000"})
    public String input;

    private Path dir;
    private Path file;
    private final float[] block = new float[16000];

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("diarist-bench");
        String[] parts = input.split("-");
        int rate = Integer.parseInt(parts[1]);
        file = dir.resolve("in." + parts[0]);
        ffmpeg("-f", "lavfi", "-i", "aevalsrc=0.3*sin(2*PI*220*t)|0.2*sin(2*PI*3100*t):s=" + rate + ":d=" + SECONDS,
            file.toString());
    }

    private static void ffmpeg(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 4];
        System.arraycopy(new String[] {"ffmpeg", "-hide_banner", "-loglevel", "error"}, 0, command, 0, 4);
        System.arraycopy(args, 0, command, 4, args.length);
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + String.join(" ", command));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** File to 16 kHz mono blocks: decoding, down-mix and resampling. */
    @Benchmark
    public long decodeTo16k(CpuTime cpu) {
        cpu.start();
        long total = 0;
        try (AudioSource source = Audio.open(file)) {
            for (int n; (n = source.read(block)) > 0; ) {
                total += n;
            }
        }
        cpu.stop(SECONDS);
        return total;
    }
}
