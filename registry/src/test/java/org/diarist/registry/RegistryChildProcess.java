package org.diarist.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM that works on a registry, for tests that kill processes or run several at once. Launched with the
 * test classpath; reports on stdout, one line per event, flushed before the next step.
 *
 * <ul>
 *   <li>{@code enroll PATH FIRST COUNT PAUSE_MS}: enrolls speakers {@code S<FIRST>}, ... (COUNT of them, or forever
 *       when COUNT is 0), each with {@value #VOICEPRINTS} voiceprints in one transaction, identifying one after each
 *       so the index is kept and persisted; prints {@code committed i} after each commit.</li>
 *   <li>{@code read PATH ROUNDS [UNTIL]}: lists and identifies ROUNDS times, and then on until the file UNTIL
 *       exists, checking that every speaker has exactly {@value #VOICEPRINTS} voiceprints and that an enrolled
 *       voice is named; prints {@code seen n} with the number of speakers each round and exits with 3 on an
 *       inconsistency.</li>
 * </ul>
 */
public final class RegistryChildProcess {

    static final int VOICEPRINTS = 4;

    private RegistryChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path path = Path.of(args[1]);
        RegistryConfig config = RegistryConfig.builder().location(path).exactSearchBelow(20).indexSaveEvery(8)
            .indexBuildThreads(1).threshold(RegistryTestSupport.SYNTHETIC_THRESHOLD).build();
        try (SpeakerRegistry registry = SpeakerRegistry.open(config)) {
            System.out.println("opened");
            System.out.flush();
            if (args[0].equals("enroll")) {
                enroll(registry, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            } else {
                System.exit(read(registry, Integer.parseInt(args[2]), args.length > 3 ? Path.of(args[3]) : null));
            }
        }
    }

    private static void enroll(SpeakerRegistry registry, int first, int count, long pauseMillis)
        throws InterruptedException {
        for (int i = first; count == 0 || i < first + count; i++) {
            registry.enroll("S" + i, RegistryTestSupport.voiceprints(i, 0, VOICEPRINTS));
            System.out.println("committed " + i);
            System.out.flush();
            registry.identify(List.of(RegistryTestSupport.diarized("SPEAKER_00", i, 1_000)));
            TimeUnit.MILLISECONDS.sleep(pauseMillis);
        }
    }

    private static int read(SpeakerRegistry registry, int rounds, Path until) {
        for (int round = 0; round < rounds || (until != null && !Files.exists(until)); round++) {
            List<Speaker> speakers = registry.list();
            for (Speaker speaker : speakers) {
                if (speaker.voiceprints() != VOICEPRINTS) {
                    System.out.println("inconsistent " + speaker);
                    return 3;
                }
            }
            if (!speakers.isEmpty()) {
                Speaker probe = speakers.get(round % speakers.size());
                int number = Integer.parseInt(probe.name().substring(1));
                String named = registry.identify(List.of(RegistryTestSupport.diarized("SPEAKER_00", number, 5_000)))
                    .speakers().get(0).identity();
                if (!probe.name().equals(named)) {
                    System.out.println("misnamed " + probe.name() + " as " + named);
                    return 3;
                }
            }
            System.out.println("seen " + speakers.size());
            System.out.flush();
        }
        return 0;
    }

    /** Starts this class in a new JVM with the current classpath. */
    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(RegistryChildProcess.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
