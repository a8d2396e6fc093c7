package org.diarist.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real processes on one registry: killed mid-enrollment, and readers running beside a writer. */
class RegistryProcessesTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killNineLosesNoCommittedEnrollmentAndLeavesNoHalfSpeaker() throws Exception {
        Path path = folder.resolve("registry");
        Process writer = RegistryChildProcess.start("enroll", path.toString(), "0", "0", "0");
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> collecting = CompletableFuture.runAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closedByTheKill) {
                // destroyForcibly closes the pipe; what was read is what counts
            }
        });
        // Let it commit a good number, then kill it wherever it happens to be (often inside a transaction).
        while (!lines.contains("committed 40")) {
            assertTrue(writer.isAlive(), "the writer died by itself: " + lines);
            TimeUnit.MILLISECONDS.sleep(5);
        }
        writer.destroyForcibly();
        writer.waitFor();
        collecting.get();
        int lastCommitted;
        synchronized (lines) {
            lastCommitted = lines.stream().filter(l -> l.startsWith("committed ")).mapToInt(
                l -> Integer.parseInt(l.substring("committed ".length()))).max().orElseThrow();
        }
        assertTrue(lastCommitted >= 40, lines.toString());

        try (SpeakerRegistry registry = SpeakerRegistry.open(RegistryTestSupport.config(folder))) {
            List<Speaker> speakers = registry.list();
            Set<String> names = new HashSet<>();
            for (Speaker speaker : speakers) {
                assertEquals(RegistryChildProcess.VOICEPRINTS, speaker.voiceprints(), "half-written: " + speaker);
                names.add(speaker.name());
            }
            for (int i = 0; i <= lastCommitted; i++) {
                assertTrue(names.contains("S" + i), "committed enrollment S" + i + " was lost");
            }
            for (int i = 0; i < speakers.size(); i++) {
                assertTrue(names.contains("S" + i), "enrollments commit in order, no gaps: " + names);
            }
            assertEquals("S" + lastCommitted, registry.identify(List.of(
                RegistryTestSupport.diarized("SPEAKER_00", lastCommitted, 7_777))).speakers().get(0).identity());
            registry.enroll("After", RegistryTestSupport.voiceprints(500, 0, 1));
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void readersWorkWhileAWriterEnrollsAndOutliveIt() throws Exception {
        Path path = folder.resolve("registry");
        try (SpeakerRegistry registry = SpeakerRegistry.open(RegistryTestSupport.config(folder))) {
            for (int i = 0; i < 5; i++) {
                registry.enroll("S" + i, RegistryTestSupport.voiceprints(i, 0, RegistryChildProcess.VOICEPRINTS));
            }
        }
        Process writer = RegistryChildProcess.start("enroll", path.toString(), "5", "40", "50");
        BufferedReader writerOut = new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("opened", writerOut.readLine());
        CompletableFuture<List<String>> writerLines = CompletableFuture.supplyAsync(() -> readAll(writerOut));

        // The writer serves the registry (it opened it first); readers go on after it exits, so they must
        // survive the hand-over to a new serving process in the middle of their work.
        Path writerDone = folder.resolve("writer-done");
        List<Process> readers = List.of(RegistryChildProcess.start("read", path.toString(), "20", writerDone.toString()),
            RegistryChildProcess.start("read", path.toString(), "20", writerDone.toString()));
        List<CompletableFuture<List<String>>> readerLines = new ArrayList<>();
        for (Process reader : readers) {
            BufferedReader in = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8));
            readerLines.add(CompletableFuture.supplyAsync(() -> readAll(in)));
        }
        assertEquals(0, writer.waitFor(), "writer failed: " + writerLines.get());
        java.nio.file.Files.createFile(writerDone);
        for (int r = 0; r < readers.size(); r++) {
            List<String> lines = readerLines.get(r).get();
            assertEquals(0, readers.get(r).waitFor(), "reader " + r + " failed: " + lines);
            Set<String> counts = new HashSet<>(lines.stream().filter(l -> l.startsWith("seen ")).toList());
            assertTrue(counts.size() >= 2, "reader " + r + " should see the writer's progress: " + counts);
        }
        try (SpeakerRegistry registry = SpeakerRegistry.open(RegistryTestSupport.config(folder))) {
            assertEquals(45, registry.list().size());
        }
    }

    private static List<String> readAll(BufferedReader in) {
        List<String> lines = new ArrayList<>();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("read failed: " + e);
        }
        return lines;
    }
}
