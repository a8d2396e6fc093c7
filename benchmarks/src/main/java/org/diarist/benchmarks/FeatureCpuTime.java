package org.diarist.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.features.Fbank;
import org.diarist.engine.features.FbankConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.engine.vad.SileroVad;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The workloads of {@link FbankBenchmark} (64 x 10 s, WeSpeaker fbank, one batch) and {@link SileroVadBenchmark}
 * (the 30 s AMI sample), on one libtorch thread, timed by process CPU time as well as wall time, best of
 * {@code REPEATS}. On a machine shared with other jobs, wall time measures the queue for the cores; CPU time
 * stays close to what an idle core would take.
 *
 * <pre>java -Ddiarist.shared=../shared -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     org.diarist.benchmarks.FeatureCpuTime</pre>
 */
public final class FeatureCpuTime {

    private static final int REPEATS = 12;
    private static final OperatingSystemMXBean OS =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private FeatureCpuTime() {
    }

    public static void main(String[] args) {
        TorchRuntime.setThreads(1);
        fbank();
        Path shared = Path.of(System.getProperty("diarist.shared", "../shared"));
        Path model = shared.resolve("models/silero-vad/silero_vad.jit");
        Path audio = shared.resolve("data/ami/sample.flac");
        if (Files.isRegularFile(model) && Files.isRegularFile(audio)) {
            silero(model, Audio.load(audio));
        } else {
            System.out.println("Silero VAD: skipped, no " + model + " or " + audio);
        }
    }

    private static void fbank() {
        float[][] segments = new float[FbankBenchmark.SEGMENTS][FbankBenchmark.SAMPLES];
        Random random = new Random(7);
        for (float[] segment : segments) {
            for (int i = 0; i < segment.length; i++) {
                segment[i] = (float) random.nextGaussian() * 0.1f;
            }
        }
        double minutes = (double) FbankBenchmark.SEGMENTS * FbankBenchmark.SAMPLES / 16000 / 60;
        try (Fbank fbank = new Fbank(FbankConfig.wespeaker(), ComputeDevice.CPU)) {
            Timing t = Timing.best(() -> fbank.extract(segments));
            System.out.printf("fbank, %d x 10 s in one batch: CPU %.3f s = %.1f min of audio/s; wall %.3f s = %.1f min/s%n",
                FbankBenchmark.SEGMENTS, t.cpu, minutes / t.cpu, t.wall, minutes / t.wall);
        }
    }

    private static void silero(Path model, float[] audio) {
        double seconds = audio.length / 16000.0;
        try (SileroVad vad = SileroVad.load(model, ComputeDevice.CPU)) {
            Timing t = Timing.best(() -> vad.detect(audio));
            System.out.printf("Silero VAD, %.0f s: CPU %.3f s = real-time factor %.4f; wall %.3f s = RTF %.4f%n",
                seconds, t.cpu, t.cpu / seconds, t.wall, t.wall / seconds);
        }
    }

    private record Timing(double cpu, double wall) {
        static Timing best(Runnable work) {
            double cpu = Double.MAX_VALUE;
            double wall = Double.MAX_VALUE;
            for (int i = 0; i < REPEATS; i++) {
                long cpuStart = OS.getProcessCpuTime();
                long wallStart = System.nanoTime();
                work.run();
                cpu = Math.min(cpu, (OS.getProcessCpuTime() - cpuStart) / 1e9);
                wall = Math.min(wall, (System.nanoTime() - wallStart) / 1e9);
            }
            return new Timing(cpu, wall);
        }
    }
}
