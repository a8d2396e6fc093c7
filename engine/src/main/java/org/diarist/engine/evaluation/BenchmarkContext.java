package org.diarist.engine.evaluation;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader needs to trust or reproduce a report's numbers: the system under test and the machine it ran on.
 *
 * @param command         the command that made the report, to make it again
 * @param manifest        the manifest as given on the command line
 * @param system          the models and settings, in the order given (e.g. {@code segmentation → diarist-segmentation@3f2a...})
 * @param device          the libtorch device the networks ran on
 * @param threads         libtorch intra-op threads
 * @param processors      processors the JVM saw
 * @param javaVersion     the JVM's version
 * @param started         when the run started
 * @param loadAverage     the machine's 1-minute load average when the run started, or negative if unknown;
 *                        above {@code processors} the timings are those of a shared, busy machine
 */
public record BenchmarkContext(String command, String manifest, Map<String, String> system, String device, int threads,
                               int processors, String javaVersion, Instant started, double loadAverage) {

    public BenchmarkContext {
        system = Collections.unmodifiableMap(new LinkedHashMap<>(system));
    }

    /** A context of this JVM and machine, now. */
    public static BenchmarkContext of(String command, String manifest, Map<String, String> system, String device,
                                      int threads) {
        return new BenchmarkContext(command, manifest, system, device, threads,
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** True when the machine was busier than its processors, so times are inflated. */
    public boolean underLoad() {
        return loadAverage > processors;
    }
}
