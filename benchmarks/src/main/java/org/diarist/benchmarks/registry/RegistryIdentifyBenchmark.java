package org.diarist.benchmarks.registry;

import org.diarist.engine.annotation.Segment;
import org.diarist.registry.DiarizedSpeaker;
import org.diarist.registry.Embedding;
import org.diarist.registry.RecordingIdentification;
import org.diarist.registry.RegistryConfig;
import org.diarist.registry.SpeakerRegistry;
import org.diarist.registry.VoiceprintInput;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole read path of {@code identify}: one recording of three diarized speakers against an H2 registry of
 * {@code voiceprints} voiceprints (20 per speaker): index search, voiceprint→speaker lookups in H2, the joint
 * assignment. The registry is filled once per trial (one transaction per speaker), in a temporary folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class RegistryIdentifyBenchmark {

    private static final int PER_SPEAKER = 20;
    private static final int RECORDINGS = 256;

    @Param({"10000"})
    public int voiceprints;

    private Path folder;
    private SpeakerRegistry registry;
    private List<List<DiarizedSpeaker>> recordings;
    private int next;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        folder = Files.createTempDirectory("registry-benchmark");
        int speakers = voiceprints / PER_SPEAKER;
        ClusteredVoiceprints population = new ClusteredVoiceprints(voiceprints, speakers, 192, 42);
        registry = SpeakerRegistry.open(RegistryConfig.builder().location(folder.resolve("registry"))
            .threshold(0.5).build());
        for (int speaker = 0; speaker < speakers; speaker++) {
            List<VoiceprintInput> inputs = new ArrayList<>();
            for (int ordinal = speaker; ordinal < voiceprints; ordinal += speakers) {
                inputs.add(VoiceprintInput.of(new Embedding("synthetic", population.vectors.vector(ordinal))));
            }
            registry.enroll("S" + speaker, inputs);
        }
        ClusteredVoiceprints.Queries queries = population.queries(RECORDINGS * 3, 7);
        recordings = new ArrayList<>();
        for (int r = 0; r < RECORDINGS; r++) {
            List<DiarizedSpeaker> speakersOfRecording = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                speakersOfRecording.add(new DiarizedSpeaker("SPEAKER_0" + s,
                    new Embedding("synthetic", queries.vectors()[r * 3 + s]), 10, List.of(new Segment(0, 10))));
            }
            recordings.add(speakersOfRecording);
        }
        registry.identify(recordings.get(0));
    }

    @Benchmark
    public RecordingIdentification identifyThreeSpeakers() {
        next = (next + 1) % RECORDINGS;
        return registry.identify(recordings.get(next));
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        registry.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
