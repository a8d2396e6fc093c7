package org.diarist.registry;

import org.diarist.engine.annotation.Segment;
import org.diarist.engine.InvalidInputException;
import org.diarist.registry.index.VoiceprintIndexCache.Refresh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.diarist.registry.RegistryTestSupport.MODEL;
import static org.diarist.registry.RegistryTestSupport.VOICES;
import static org.diarist.registry.RegistryTestSupport.config;
import static org.diarist.registry.RegistryTestSupport.diarized;
import static org.diarist.registry.RegistryTestSupport.recording;
import static org.diarist.registry.RegistryTestSupport.voiceprints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerRegistryTest {

    @TempDir
    Path folder;

    @Test
    void namesEnrolledSpeakersAndRejectsStrangers() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.enroll("Alice", voiceprints(1, 0, 2));
            registry.enroll("Bob", voiceprints(2, 0, 2));

            RecordingIdentification result = registry.identify(List.of(
                diarized("SPEAKER_00", 2, 100), diarized("SPEAKER_01", 1, 100), diarized("SPEAKER_02", 3, 100)));
            List<SpeakerIdentification> speakers = result.speakers();
            assertEquals("Bob", speakers.get(0).identity());
            assertEquals("Alice", speakers.get(1).identity());
            assertNull(speakers.get(2).identity(), "an unenrolled voice is unknown");
            assertTrue(speakers.get(0).score() > 0.6, "same-speaker score " + speakers.get(0).score());
            assertTrue(speakers.get(2).score() < 0.3, "best stranger score " + speakers.get(2).score());
            assertEquals(List.of(new Segment(1.0, 6.0), new Segment(8.0, 13.0)), speakers.get(0).segments());
            assertEquals(2, registry.list().size(), "identify changes nothing");
        }
    }

    @Test
    void twoDiarizedSpeakersNeverShareAnIdentity() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.enroll("Alice", voiceprints(1, 0, 3));
            // Diarization split Alice in two: both look like her, only the closer one may be called Alice.
            RecordingIdentification result = registry.identify(List.of(
                diarized("SPEAKER_00", 1, 200), diarized("SPEAKER_01", 1, 201)));
            long named = result.speakers().stream().filter(SpeakerIdentification::known).count();
            assertEquals(1, named);
            SpeakerIdentification unknown = result.speakers().stream().filter(s -> !s.known()).findFirst()
                .orElseThrow();
            assertTrue(unknown.score() > 0.6, "the runner-up still shows how close it was: " + unknown.score());
        }
    }

    @Test
    void thresholdDecidesWhatCountsAsKnown() {
        try (SpeakerRegistry strict = SpeakerRegistry.open(config(folder).toBuilder().threshold(0.95).build())) {
            strict.enroll("Alice", voiceprints(1, 0, 2));
            assertNull(strict.identify(List.of(diarized("SPEAKER_00", 1, 300))).speakers().get(0).identity());
        }
        try (SpeakerRegistry lenient = SpeakerRegistry.open(config(folder).toBuilder().threshold(0.5).build())) {
            assertEquals("Alice", lenient.identify(List.of(diarized("SPEAKER_00", 1, 300))).speakers().get(0)
                .identity());
        }
    }

    @Test
    void trackingCreatesProvisionalSpeakersThatLaterRecordingsMatch() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.enroll("Alice", voiceprints(1, 0, 2));
            RecordingIdentification first = registry.track(recording("a.wav"), List.of(
                diarized("SPEAKER_00", 1, 10), diarized("SPEAKER_01", 5, 10), diarized("SPEAKER_02", 6, 10)));
            assertEquals("Alice", first.speakers().get(0).identity());
            assertFalse(first.speakers().get(0).created());
            assertEquals("SPK-000001", first.speakers().get(1).identity());
            assertEquals("SPK-000002", first.speakers().get(2).identity());
            assertTrue(first.speakers().get(1).provisional() && first.speakers().get(1).created());

            RecordingIdentification second = registry.track(recording("b.wav"), List.of(
                diarized("SPEAKER_00", 6, 11), diarized("SPEAKER_01", 7, 11)));
            assertEquals("SPK-000002", second.speakers().get(0).identity());
            assertFalse(second.speakers().get(0).created(), "a recurring voice keeps its provisional identity");
            assertEquals("SPK-000003", second.speakers().get(1).identity());

            Speaker spk2 = registry.list().stream().filter(s -> s.name().equals("SPK-000002")).findFirst()
                .orElseThrow();
            assertEquals(2, spk2.voiceprints(), "a recurring speaker gets the new recording's voiceprint");
            assertEquals(2, spk2.appearances());
            SpeakerDetails details = registry.show("SPK-000002");
            assertEquals("/recordings/b.wav", details.appearances().get(1).recordingPath());
            assertEquals(new Segment(1.0, 13.0), details.voiceprints().get(1).span());
            assertEquals("hash-b.wav", details.voiceprints().get(1).recording().contentHash());
        }
    }

    @Test
    void trackingTheSameRecordingTwiceStoresNothingNew() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.track(recording("a.wav"), List.of(diarized("SPEAKER_00", 5, 10)));
            RecordingIdentification again = registry.track(recording("a.wav"), List.of(diarized("SPEAKER_00", 5, 10)));
            assertTrue(again.alreadyTracked());
            assertEquals("SPK-000001", again.speakers().get(0).identity());
            assertEquals(1, registry.list().size());
            assertEquals(1, registry.list().get(0).voiceprints());
        }
    }

    @Test
    void trackingStopsAddingVoiceprintsAtTheCap() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(
            config(folder).toBuilder().maxVoiceprintsPerSpeaker(3).build())) {
            for (int i = 0; i < 5; i++) {
                registry.track(recording("r" + i), List.of(diarized("SPEAKER_00", 8, i)));
            }
            Speaker speaker = registry.list().get(0);
            assertEquals(3, speaker.voiceprints());
            assertEquals(5, speaker.appearances());
        }
    }

    @Test
    void renameMergeAndDelete() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.track(recording("a"), List.of(diarized("SPEAKER_00", 5, 1), diarized("SPEAKER_01", 6, 1)));
            Speaker renamed = registry.rename("SPK-000001", "Carol");
            assertFalse(renamed.provisional());
            assertEquals("Carol", renamed.name());

            Speaker merged = registry.merge(List.of("SPK-000002"), "Carol");
            assertEquals(2, merged.voiceprints());
            assertEquals(2, merged.appearances());
            assertEquals(List.of("Carol"), registry.list().stream().map(Speaker::name).toList());
            assertEquals("Carol", registry.identify(List.of(diarized("SPEAKER_00", 6, 50))).speakers().get(0)
                .identity(), "the merged voiceprints now answer to the target's name");

            registry.delete(List.of("Carol"));
            assertTrue(registry.list().isEmpty());
            assertNull(registry.identify(List.of(diarized("SPEAKER_00", 6, 51))).speakers().get(0).identity());
        }
    }

    @Test
    void namingMistakesAreBadInput() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.enroll("Alice", voiceprints(1, 0, 1));
            registry.enroll("Bob", voiceprints(2, 0, 1));
            assertThrows(InvalidInputException.class, () -> registry.rename("Alice", "Bob"));
            assertThrows(InvalidInputException.class, () -> registry.rename("Nobody", "X"));
            assertThrows(InvalidInputException.class, () -> registry.rename("Alice", "SPK-000009"));
            assertThrows(InvalidInputException.class, () -> registry.enroll(" ", voiceprints(1, 0, 1)));
            assertThrows(InvalidInputException.class, () -> registry.merge(List.of("Alice"), "Alice"));
            assertThrows(InvalidInputException.class, () -> registry.delete(List.of("Alice", "Nobody")));
            assertEquals(2, registry.list().size(), "a failed delete deletes nothing");
        }
    }

    @Test
    void voiceprintsOfAnotherModelAreRefusedWithTheModelNamed() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.enroll("Alice", voiceprints(1, 0, 1));
            assertEquals(new EmbeddingSpace(MODEL, 192), registry.space().orElseThrow());
            Embedding other = new Embedding("other-model", VOICES.sample(1, 5));
            InvalidInputException enroll = assertThrows(InvalidInputException.class,
                () -> registry.enroll("Bob", List.of(VoiceprintInput.of(other))));
            assertTrue(enroll.getMessage().contains("test-model (192-D)"), enroll.getMessage());
            assertTrue(enroll.getMessage().contains("other-model"), enroll.getMessage());
            assertThrows(InvalidInputException.class, () -> registry.identify(List.of(
                diarized("SPEAKER_00", 1, 1), new DiarizedSpeaker("SPEAKER_01", other, 1, List.of()))));
            assertEquals(1, registry.list().size());
        }
    }

    @Test
    void exportAndImportRoundTripEmbeddingsExactly() {
        StringWriter export = new StringWriter();
        try (SpeakerRegistry source = SpeakerRegistry.open(config(folder.resolve("a")))) {
            source.enroll("Alice", voiceprints(1, 0, 2));
            source.track(recording("x"), List.of(diarized("SPEAKER_00", 5, 1)));
            RegistryTransfer.Counts counts = source.exportTo(export);
            assertEquals(new RegistryTransfer.Counts(2, 3, 0), counts);
        }
        String[] lines = export.toString().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].contains("\"embeddingModel\":\"test-model\""), lines[0]);
        assertTrue(lines[0].contains("\"dimension\":192"), lines[0]);

        try (SpeakerRegistry target = SpeakerRegistry.open(config(folder.resolve("b")))) {
            target.track(recording("y"), List.of(diarized("SPEAKER_00", 9, 1)));
            RegistryTransfer.Counts imported = target.importFrom(new StringReader(export.toString()), "export.jsonl");
            assertEquals(new RegistryTransfer.Counts(2, 3, 0), imported);
            assertEquals(List.of("Alice", "SPK-000001", "SPK-000002"),
                target.list().stream().map(Speaker::name).toList(), "provisional speakers are renumbered");
            float[] original = VOICES.sample(1, 0);
            float[] stored = target.show("Alice").voiceprints().get(0).vector();
            assertTrue(java.util.Arrays.equals(original, stored), "embeddings survive JSON bit for bit");
            assertEquals("/recordings/x", target.show("SPK-000002").voiceprints().get(0).recording().path());

            RegistryTransfer.Counts again = target.importFrom(new StringReader(export.toString()), "export.jsonl");
            assertEquals(new RegistryTransfer.Counts(0, 0, 3), again, "importing twice adds nothing");
        }
    }

    @Test
    void importRefusesAnotherModelAndBrokenLinesAtomically() {
        try (SpeakerRegistry registry = SpeakerRegistry.open(config(folder))) {
            registry.enroll("Alice", voiceprints(1, 0, 1));
            String otherModel = "{\"format\":\"diarist-registry\",\"version\":1,\"embeddingModel\":\"x\",\"dimension\":2}\n"
                + "{\"name\":\"Zed\",\"provisional\":false,\"voiceprints\":[{\"embedding\":[1,0]}]}\n";
            InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> registry.importFrom(new StringReader(otherModel), "other.jsonl"));
            assertTrue(wrong.getMessage().contains("test-model"), wrong.getMessage());

            String broken = "{\"format\":\"diarist-registry\",\"version\":1,\"embeddingModel\":\"test-model\","
                + "\"dimension\":192}\n"
                + "{\"name\":\"Bob\",\"provisional\":false,\"voiceprints\":[{\"embedding\":" + json(VOICES.sample(2, 0))
                + "}]}\n"
                + "{\"name\":\"Eve\",\"voiceprints\":[{\"embedding\":[\"x\"]}]}\n";
            InvalidInputException line = assertThrows(InvalidInputException.class,
                () -> registry.importFrom(new StringReader(broken), "broken.jsonl"));
            assertTrue(line.getMessage().startsWith("broken.jsonl:3: "), line.getMessage());
            assertEquals(List.of("Alice"), registry.list().stream().map(Speaker::name).toList(),
                "a failed import stores nothing, not even its good lines");
            assertThrows(InvalidInputException.class,
                () -> registry.importFrom(new StringReader("{\"hello\":1}\n"), "foreign.jsonl"));
        }
    }

    @Test
    void theIndexFollowsTheDatabase() {
        RegistryConfig graphConfig = config(folder).toBuilder().exactSearchBelow(40).build();
        try (SpeakerRegistry registry = SpeakerRegistry.open(graphConfig)) {
            for (int speaker = 0; speaker < 30; speaker++) {
                registry.enroll("S" + speaker, voiceprints(speaker, 0, 2));
            }
            assertEquals("S7", registry.identify(List.of(diarized("SPEAKER_00", 7, 99))).speakers().get(0).identity());
            assertEquals(Refresh.REBUILT, registry.lastIndexRefresh());
            registry.identify(List.of(diarized("SPEAKER_00", 7, 98)));
            assertEquals(Refresh.CACHED, registry.lastIndexRefresh());

            registry.enroll("Late", voiceprints(100, 0, 2));
            assertEquals("Late", registry.identify(List.of(diarized("SPEAKER_00", 100, 9))).speakers().get(0)
                .identity());
            assertEquals(Refresh.APPENDED, registry.lastIndexRefresh(), "new voiceprints are appended, not rebuilt");

            registry.delete(List.of("S3"));
            assertNull(registry.identify(List.of(diarized("SPEAKER_00", 3, 9))).speakers().get(0).identity());
            assertEquals(Refresh.REBUILT, registry.lastIndexRefresh(), "a removal makes the index stale");
        }
        try (SpeakerRegistry reopened = SpeakerRegistry.open(graphConfig)) {
            assertEquals("S8", reopened.identify(List.of(diarized("SPEAKER_00", 8, 9))).speakers().get(0).identity());
            assertEquals(Refresh.LOADED, reopened.lastIndexRefresh(), "the persisted index is reused");
        }
        Path indexFile = RegistryPaths.indexFile(graphConfig.location());
        try {
            java.nio.file.Files.write(indexFile, new byte[] {42, 42, 42});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (SpeakerRegistry reopened = SpeakerRegistry.open(graphConfig)) {
            assertEquals("S8", reopened.identify(List.of(diarized("SPEAKER_00", 8, 9))).speakers().get(0).identity());
            assertEquals(Refresh.REBUILT, reopened.lastIndexRefresh(), "an unreadable index file is rebuilt");
        }
        try (SpeakerRegistry reopened = SpeakerRegistry.open(graphConfig)) {
            reopened.identify(List.of(diarized("SPEAKER_00", 8, 9)));
            assertEquals(Refresh.LOADED, reopened.lastIndexRefresh(), "and rewritten");
        }
    }

    private static String json(float[] vector) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            text.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return text.append(']').toString();
    }
}
