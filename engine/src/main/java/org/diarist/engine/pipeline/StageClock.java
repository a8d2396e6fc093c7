package org.diarist.engine.pipeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time spent in each stage of one run, accumulated over the stage's calls. */
final class StageClock {

    private final EnumMap<DiarizationStage, Long> nanos = new EnumMap<>(DiarizationStage.class);

    <T> T time(DiarizationStage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    void time(DiarizationStage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    void add(DiarizationStage stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    long nanos(DiarizationStage stage) {
        return nanos.getOrDefault(stage, 0L);
    }

    /** Seconds per stage, in stage order; stages never timed are absent. */
    Map<DiarizationStage, Double> seconds() {
        EnumMap<DiarizationStage, Double> seconds = new EnumMap<>(DiarizationStage.class);
        nanos.forEach((stage, n) -> seconds.put(stage, n / 1e9));
        return Collections.unmodifiableMap(seconds);
    }
}
