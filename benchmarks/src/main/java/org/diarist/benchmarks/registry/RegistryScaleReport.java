package org.diarist.benchmarks.registry;

import org.diarist.registry.RegistryConfig;
import org.diarist.registry.index.HnswParameters;
import org.diarist.registry.index.Neighbor;
import org.diarist.registry.index.VoiceprintHit;
import org.diarist.registry.index.VoiceprintIndex;
import org.diarist.registry.index.VoiceprintIndexFile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the voiceprint index at registry scale: builds {@code --voiceprints} clustered synthetic voiceprints
 * around {@code --speakers} centres, the registry's index over them (the same code path as a rebuild from the
 * database), then compares HNSW against exact search on fresh queries: recall@1 (same nearest voiceprint), speaker
 * recall@1 (same nearest speaker), single-thread query latency (the registry's {@code k} candidates), build time,
 * heap, and the persisted file's size and load time. Prints a Markdown report on stdout, progress on stderr.
 *
 * <pre>
 * java -Xmx12g -cp ... org.diarist.benchmarks.registry.RegistryScaleReport --voiceprints 1000000 --speakers 50000
 * </pre>
 *
 * <p>{@code --save DIR --keep true} leaves the graph in {@code DIR/scale-report.hnsw}; a later run with the same
 * {@code --voiceprints}, {@code --speakers} and {@code --dim} and {@code --load DIR/scale-report.hnsw} measures
 * other {@code --ef} values without the build (at 1M, two hours on this machine).
 */
public final class RegistryScaleReport {

    /** Per-query CPU time: on a shared machine wall time also measures everyone else's work. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RegistryScaleReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        int count = Integer.parseInt(options.getOrDefault("voiceprints", "100000"));
        int speakers = Integer.parseInt(options.getOrDefault("speakers", String.valueOf(count / 20)));
        int dimension = Integer.parseInt(options.getOrDefault("dim", "192"));
        int queryCount = Integer.parseInt(options.getOrDefault("queries", "1000"));
        int threads = Integer.parseInt(options.getOrDefault("threads",
            String.valueOf(Runtime.getRuntime().availableProcessors())));
        int k = Integer.parseInt(options.getOrDefault("k", String.valueOf(RegistryConfig.DEFAULT_CANDIDATE_VOICEPRINTS)));
        HnswParameters defaults = HnswParameters.DEFAULT;
        HnswParameters parameters = new HnswParameters(
            Integer.parseInt(options.getOrDefault("m", String.valueOf(defaults.m()))),
            Integer.parseInt(options.getOrDefault("ef-construction", String.valueOf(defaults.efConstruction()))),
            defaults.ef());
        int[] efs = Arrays.stream(options.getOrDefault("ef", "50,100,200").split(",")).mapToInt(Integer::parseInt)
            .toArray();

        long start = System.nanoTime();
        ClusteredVoiceprints population = new ClusteredVoiceprints(count, speakers, dimension, 42);
        progress("generated %,d voiceprints of %,d speakers in %.1f s", count, speakers, seconds(start));
        long heapBefore = usedHeap();

        double cpuBefore = processCpuSeconds();
        start = System.nanoTime();
        VoiceprintIndex index;
        if (options.containsKey("load")) {
            // A graph kept by an earlier run (--keep) over the same seeded population: sweep ef without a rebuild.
            index = VoiceprintIndexFile.load(Path.of(options.get("load")), parameters, 0, threads);
        } else {
            long[] ids = new long[count];
            Arrays.setAll(ids, ordinal -> ordinal + 1L);
            index = VoiceprintIndex.fromVectors("scale-report", "synthetic", population.vectors, ids, 1, parameters,
                0, threads);
        }
        double buildSeconds = seconds(start);
        double buildCpuSeconds = processCpuSeconds() - cpuBefore;
        long graphHeap = usedHeap() - heapBefore;
        progress("%s the graph in %.1f s", options.containsKey("load") ? "loaded" : "built", buildSeconds);

        ClusteredVoiceprints.Queries queries = population.queries(queryCount, 7);
        int[] exactTop = new int[queryCount];
        long[] exactNanos = new long[queryCount];
        int exactRightSpeaker = 0;
        for (int q = 0; q < queryCount; q++) {
            long t = System.nanoTime();
            Neighbor best = population.vectors.search(queries.vectors()[q], 1).get(0);
            exactNanos[q] = System.nanoTime() - t;
            exactTop[q] = best.ordinal();
            if (population.speakerOf[best.ordinal()] == queries.speakers()[q]) {
                exactRightSpeaker++;
            }
        }
        progress("exact search done");

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%,d voiceprints, %,d speakers, %d-D, same-speaker cosine %.2f; "
                + "HNSW m=%d efConstruction=%d; %d build threads; %,d queries, k=%d; %s, %d cores%n%n",
            count, speakers, dimension, ClusteredVoiceprints.SAME_SPEAKER_COSINE, parameters.m(),
            parameters.efConstruction(), threads, queryCount, k, System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        report.append(String.format(Locale.ROOT, "- %s: %.1f s wall, %.1f s CPU; heap of the graph (with its own "
                + "copy of the vectors): %,d MB; flat vectors alone: %,d MB%n",
            options.containsKey("load") ? "load (no build)" : "build", buildSeconds, buildCpuSeconds,
            graphHeap >> 20,
            (long) count * dimension * Float.BYTES >> 20));
        report.append(String.format(Locale.ROOT, "- exact search: p50 %.2f ms, p99 %.2f ms; its top-1 is the "
                + "query's speaker in %.4f of queries%n%n", percentile(exactNanos, 0.5), percentile(exactNanos, 0.99),
            exactRightSpeaker / (double) queryCount));
        report.append("| ef | recall@1 | speaker recall@1 | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |\n"
            + "|---|---|---|---|---|---|---|---|\n");
        for (int ef : efs) {
            index.setSearchBreadth(ef);
            for (int q = 0; q < queryCount; q++) {
                index.search(queries.vectors()[q], k);
            }
            long[] nanos = new long[queryCount];
            long[] cpuNanos = new long[queryCount];
            int sameVoiceprint = 0;
            int sameSpeaker = 0;
            for (int q = 0; q < queryCount; q++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                List<VoiceprintHit> hits = index.search(queries.vectors()[q], k);
                nanos[q] = System.nanoTime() - t;
                cpuNanos[q] = THREADS.getCurrentThreadCpuTime() - cpu;
                int top = (int) (hits.get(0).voiceprintId() - 1);
                sameVoiceprint += top == exactTop[q] ? 1 : 0;
                sameSpeaker += population.speakerOf[top] == population.speakerOf[exactTop[q]] ? 1 : 0;
            }
            report.append(String.format(Locale.ROOT, "| %d | %.4f | %.4f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", ef,
                sameVoiceprint / (double) queryCount, sameSpeaker / (double) queryCount, percentile(nanos, 0.5),
                percentile(nanos, 0.99), Arrays.stream(nanos).max().orElse(0) / 1e6, percentile(cpuNanos, 0.5),
                percentile(cpuNanos, 0.99)));
            progress("ef %d done", ef);
        }
        index.setSearchBreadth(parameters.ef());

        if (options.containsKey("save")) {
            Path file = Path.of(options.get("save")).resolve("scale-report.hnsw");
            start = System.nanoTime();
            VoiceprintIndexFile.save(index, file);
            double saveSeconds = seconds(start);
            start = System.nanoTime();
            VoiceprintIndex loaded = VoiceprintIndexFile.load(file, parameters, 0, threads);
            double loadSeconds = seconds(start);
            report.append(String.format(Locale.ROOT, "%n- index file: %,d MB, saved in %.1f s, loaded (checksum "
                    + "verified) in %.1f s, %,d vectors%n", Files.size(file) >> 20, saveSeconds, loadSeconds,
                loaded.size()));
            if (!options.containsKey("keep")) {
                Files.delete(file);
            }
        }
        System.out.print(report);
    }

    private static double percentile(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int position = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, position))] / 1e6;
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime() / 1e9;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: --name value ..., got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
