package org.diarist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.WavWriter;
import org.diarist.models.catalog.ModelStore;
import org.diarist.models.segmentation.SegmentationModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code enroll}, {@code identify} and {@code track} end to end on the sample conversation with the bundled
 * embedding model. The tests that need diarization to find the real speakers (a voice enrolled from its own turns
 * is named in the whole conversation; tracking a later recording of the same people finds the provisional speakers
 * the first one created) need the trained segmentation model and skip without it; the others use a small
 * untrained segmentation network, whose speakers are arbitrary but deterministic.
 */
class IdentityCommandsTest {

    private static final int RATE = 16000;
    private static final String SPEAKER = "carlo";

    @TempDir
    static Path dir;
    static Annotation reference;
    static float[] conversation;

    /** The trained segmentation model, or null when it is not bundled (or installed) here. */
    static String trainedSegmentation;
    static String untrainedSegmentation;

    @BeforeAll
    static void readSample() {
        reference = Rttm.read(TestModels.sampleReference()).get("conversation");
        conversation = Audio.load(TestModels.sample(), RATE);
        try {
            trainedSegmentation = ModelStore.standard().resolve(SegmentationModels.DEFAULT).toString();
        } catch (RuntimeException absent) {
            trainedSegmentation = null;
        }
        untrainedSegmentation = TestModels.segmentation(dir.resolve("untrained-segmentation")).toString();
    }

    /** The command line with the models and the CPU; {@code trained} asks for the trained segmentation. */
    private static CliRun run(boolean trained, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.addAll(List.of("--segmentation-model", trained ? trainedSegmentation : untrainedSegmentation,
            "--device", "cpu"));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void requireTrainedSegmentation() {
        assumeTrue(trainedSegmentation != null, "the trained segmentation model " + SegmentationModels.DEFAULT
            + " is not bundled in this checkout");
    }

    @Test
    void aRecordingEnrolledIsNamedWhenIdentifiedAndTrackingItTwiceStoresNothingNew() throws Exception {
        String sample = TestModels.sample().toString();
        String registry = dir.resolve("self").toString();
        CliRun enroll = run(false, "enroll", "--name", "Ada", sample, "--registry", registry);
        assertEquals(ExitCodes.OK, enroll.exitCode(), enroll.err());
        assertTrue(enroll.out().startsWith("enrolled Ada: 1 voiceprint"), enroll.out());

        CliRun identify = run(false, "identify", sample, "--registry", registry, "--format", "json", "--quiet");
        assertEquals(ExitCodes.OK, identify.exitCode(), identify.err());
        JsonNode recording = new ObjectMapper().readTree(identify.out());
        assertEquals("conversation", recording.get("uri").asText());
        JsonNode dominant = null;
        for (JsonNode speaker : recording.get("speakers")) {
            if (dominant == null || speaker.get("speech").asDouble() > dominant.get("speech").asDouble()) {
                dominant = speaker;
            }
        }
        assertNotNull(dominant, identify.out());
        assertEquals("Ada", dominant.get("identity").asText(), "the speaker enrolled is the one who talks most");
        assertEquals(1.0, dominant.get("score").asDouble(), 1e-3, "its own centroid: " + dominant);
        assertTrue(dominant.get("segments").size() > 0, dominant.toString());
        if (recording.get("speakers").size() > 1) {
            assertTrue(enroll.err().contains("warning") && enroll.err().contains("talks most"), enroll.err());
        }

        String tracked = dir.resolve("self-tracked").toString();
        CliRun first = run(false, "track", sample, "--registry", tracked, "--quiet");
        CliRun second = run(false, "track", sample, "--registry", tracked);
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertTrue(first.out().contains("SPK-000001"), first.out());
        assertEquals(first.out(), second.out(), "the same provisional ids the second time");
        assertTrue(second.err().contains("tracked before"), second.err());
    }

    @Test
    void aVoiceEnrolledFromItsTurnsIsNamedInTheConversation() throws Exception {
        requireTrainedSegmentation();
        Path voice = dir.resolve("carlo-alone.wav");
        WavWriter.writePcm16(voice, soloSpeech(SPEAKER), RATE);
        String registry = dir.resolve("enrolled").toString();

        CliRun enroll = run(true, "enroll", "--name", SPEAKER, voice.toString(), "--registry", registry,
            "--quiet");
        assertEquals(ExitCodes.OK, enroll.exitCode(), enroll.err());
        assertTrue(enroll.out().startsWith("enrolled carlo: 1 voiceprint"), enroll.out());

        CliRun identify = run(true, "identify", TestModels.sample().toString(), "--registry", registry,
            "--format", "json", "--quiet");
        assertEquals(ExitCodes.OK, identify.exitCode(), identify.err());
        JsonNode recording = new ObjectMapper().readTree(identify.out());
        assertEquals("conversation", recording.get("uri").asText());
        List<JsonNode> named = new ArrayList<>();
        for (JsonNode speaker : recording.get("speakers")) {
            assertTrue(speaker.get("label").asText().matches("SPEAKER_\\d\\d"), speaker.toString());
            assertTrue(speaker.get("speech").asDouble() > 0, speaker.toString());
            if (!speaker.get("identity").isNull()) {
                named.add(speaker);
            }
        }
        assertEquals(1, named.size(), "only the enrolled voice has a name: " + identify.out());
        JsonNode carlo = named.get(0);
        assertEquals(SPEAKER, carlo.get("identity").asText());
        assertEquals(SPEAKER, referenceSpeakerMostOverlapping(carlo.get("segments")),
            "the speaker named carlo is the one carlo's reference turns cover most: " + carlo);

        CliRun rttm = run(true, "identify", TestModels.sample().toString(), "--registry", registry,
            "--quiet");
        assertEquals(ExitCodes.OK, rttm.exitCode(), rttm.err());
        List<String> labels = Rttm.read(new StringReader(rttm.out()), "stdout").get("conversation").labels();
        assertTrue(labels.contains(SPEAKER), labels.toString());

        CliRun strict = run(true, "identify", TestModels.sample().toString(), "--registry", registry,
            "--threshold", "0.999", "--format", "json", "--quiet");
        assertEquals(ExitCodes.OK, strict.exitCode(), strict.err());
        for (JsonNode speaker : new ObjectMapper().readTree(strict.out()).get("speakers")) {
            assertTrue(speaker.get("identity").isNull(), "nobody reaches 0.999: " + speaker);
        }
    }

    @Test
    void trackingALaterRecordingOfTheSamePeopleFindsTheirProvisionalIds() throws Exception {
        requireTrainedSegmentation();
        String registry = dir.resolve("tracked").toString();
        CliRun first = run(true, "track", TestModels.sample().toString(), "--registry", registry,
            "--format", "json", "--quiet");
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        Map<String, String> idsOfFirst = new HashMap<>();
        for (JsonNode speaker : new ObjectMapper().readTree(first.out()).get("speakers")) {
            assertTrue(speaker.get("identity").asText().matches("SPK-\\d{6}"), speaker.toString());
            assertTrue(speaker.get("provisional").asBoolean(), speaker.toString());
            idsOfFirst.put(speaker.get("identity").asText(),
                referenceSpeakerMostOverlapping(speaker.get("segments")));
        }
        assertFalse(idsOfFirst.isEmpty(), first.out());

        // A later recording: the conversation's second half, a different file with the same voices.
        Path later = dir.resolve("later.wav");
        WavWriter.writePcm16(later, Arrays.copyOfRange(conversation, 26 * RATE, conversation.length), RATE);
        CliRun second = run(true, "track", later.toString(), "--registry", registry, "--format", "json",
            "--quiet");
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        JsonNode dominant = null;
        for (JsonNode speaker : new ObjectMapper().readTree(second.out()).get("speakers")) {
            if (dominant == null || speaker.get("speech").asDouble() > dominant.get("speech").asDouble()) {
                dominant = speaker;
            }
        }
        assertNotNull(dominant, second.out());
        assertTrue(idsOfFirst.containsKey(dominant.get("identity").asText()),
            "the voice that talks most in the later recording keeps its id: " + first.out() + second.out());
        assertFalse(dominant.get("score").isNull(), dominant.toString());

        CliRun list = CliRun.of("speakers", "list", "--registry", registry, "--format", "json");
        assertEquals(ExitCodes.OK, list.exitCode(), list.err());
        assertNotNull(new ObjectMapper().readTree(list.out()));
    }

    @Test
    void badInputsAreOneLineAndExitTwo() throws Exception {
        Path text = dir.resolve("notes.wav");
        java.nio.file.Files.writeString(text, "not audio");
        String sample = TestModels.sample().toString();
        String missingRegistry = dir.resolve("never-created").toString();
        Path enrolled = dir.resolve("bad-inputs");
        for (String[] args : List.of(
                new String[] {"enroll", "--name", "x", dir.resolve("missing.wav").toString(),
                    "--registry", enrolled.toString()},
                new String[] {"enroll", "--name", "x", text.toString(), "--registry", enrolled.toString(),
                    "--segmentation-model", untrainedSegmentation, "--device", "cpu"},
                new String[] {"identify", sample, "--registry", missingRegistry},
                new String[] {"identify", sample, "--registry", enrolled.toString(), "--threshold", "2"},
                new String[] {"track", dir.resolve("missing.wav").toString(), "--registry", enrolled.toString()})) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), String.join(" ", args) + ": " + run.err());
        }
        assertFalse(java.nio.file.Files.exists(Path.of(missingRegistry + ".mv.db")), "identify creates nothing");
    }

    /** The samples where {@code label} alone speaks in the reference, concatenated (10 ms resolution). */
    private static float[] soloSpeech(String label) {
        int frame = RATE / 100;
        float[] joined = new float[conversation.length];
        int total = 0;
        for (int start = 0; start + frame <= conversation.length; start += frame) {
            double t = (start + frame / 2.0) / RATE;
            List<String> speaking = reference.tracks().stream().filter(track -> track.start() <= t && t < track.end())
                .map(Track::label).distinct().toList();
            if (speaking.equals(List.of(label))) {
                System.arraycopy(conversation, start, joined, total, frame);
                total += frame;
            }
        }
        assertTrue(total > 8 * RATE, "enough solo speech of " + label);
        return Arrays.copyOf(joined, total);
    }

    /** The reference speaker whose turns cover most of the given [start, end] segments. */
    private static String referenceSpeakerMostOverlapping(JsonNode segments) {
        Map<String, Double> overlap = new HashMap<>();
        for (JsonNode segment : segments) {
            double start = segment.get(0).asDouble();
            double end = segment.get(1).asDouble();
            for (Track track : reference.tracks()) {
                double common = Math.min(end, track.end()) - Math.max(start, track.start());
                if (common > 0) {
                    overlap.merge(track.label(), common, Double::sum);
                }
            }
        }
        return overlap.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
