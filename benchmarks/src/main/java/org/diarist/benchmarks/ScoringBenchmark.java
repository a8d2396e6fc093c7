package org.diarist.benchmarks;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.metrics.DiarizationScorer;
import org.diarist.engine.metrics.EvaluationReport;
import org.diarist.engine.metrics.ScoringProtocol;
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

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * DER + JER of one hour of conversation (4 speakers, about 1,100 turns, 10 % overlap) against a hypothesis with
 * jittered boundaries, relabelled speakers and some turns given to the wrong speaker.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    private static final double HOUR = 3600.0;

    @Param({"Full", "Forgiving"})
    public String protocol;

    private Map<String, Annotation> reference;
    private Map<String, Annotation> hypothesis;
    private DiarizationScorer scorer;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        Annotation.Builder ref = Annotation.builder("hour");
        Annotation.Builder hyp = Annotation.builder("hour");
        double t = 0;
        while (t < HOUR) {
            int speaker = random.nextInt(4);
            double duration = 0.5 + random.nextDouble() * 5.5;
            double end = Math.min(HOUR, t + duration);
            ref.add(t, end, "speaker" + speaker);
            int guessed = random.nextDouble() < 0.1 ? random.nextInt(4) : speaker;
            double jitteredStart = Math.max(0, t + random.nextGaussian() * 0.2);
            double jitteredEnd = Math.max(jitteredStart, end + random.nextGaussian() * 0.2);
            hyp.add(jitteredStart, jitteredEnd, "cluster" + (3 - guessed));
            // the next turn starts after a pause, or overlaps this one
            t = end + (random.nextDouble() < 0.2 ? -random.nextDouble() * Math.min(1.0, duration) : random.nextDouble());
        }
        reference = Map.of("hour", ref.build());
        hypothesis = Map.of("hour", hyp.build());
        scorer = new DiarizationScorer(protocol.equals("Full") ? ScoringProtocol.FULL : ScoringProtocol.FORGIVING);
    }

    @Benchmark
    public EvaluationReport scoreOneHour() {
        return scorer.score(reference, hypothesis, null);
    }
}
