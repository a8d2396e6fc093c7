package org.diarist.engine.vad;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.Npy;
import org.diarist.engine.SharedData;
import org.diarist.engine.TestAudio;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.segmentation.ArrayAudioSource;
import org.diarist.engine.torch.ComputeDevice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parity with Python torch 1.13 running the same archive; references from make_silero_reference.py. */
class SileroVadTest {

    private static final double TOLERANCE = 1e-4;
    private static float[] speech;

    @BeforeAll
    static void readSpeech() {
        speech = TestAudio.samples(TestAudio.SPEECH);
    }

    private static Path model() {
        return SharedData.require("models/silero-vad/silero_vad.jit");
    }

    @Test
    void probabilitiesMatchPython() {
        try (SileroVad vad = SileroVad.load(model(), ComputeDevice.CPU)) {
            VoiceActivity activity = vad.detect(speech);
            assertClose(Npy.resource("/vad/silero-probs.npy").values(), activity.probabilities());
            assertEquals(64000, activity.samples());
            assertEquals(0.032, activity.frames().step(), 1e-12);
        }
    }

    @Test
    void lastPartialChunkIsZeroPaddedAsPythonDoes() {
        try (SileroVad vad = SileroVad.load(model(), ComputeDevice.CPU)) {
            float[] probabilities = vad.detect(Arrays.copyOf(speech, 63000)).probabilities();
            assertClose(Npy.resource("/vad/silero-probs-63000.npy").values(), probabilities);
        }
    }

    @Test
    void streamingInOddBlocksGivesTheSameProbabilities() {
        try (SileroVad vad = SileroVad.load(model(), ComputeDevice.CPU)) {
            float[] whole = vad.detect(speech).probabilities();
            float[] streamed = vad.detect(new ArrayAudioSource(speech, 16000, 777)).probabilities();
            assertClose(whole, streamed);
            // A second stream starts from a fresh state.
            assertClose(whole, vad.detect(speech).probabilities());
        }
    }

    @Test
    void longerThanOneBlockStaysInStep() {
        float[] twice = new float[speech.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(speech, 0, twice, i * speech.length, speech.length);
        }
        try (SileroVad vad = SileroVad.load(model(), ComputeDevice.CPU)) {
            float[] probabilities = vad.detect(twice).probabilities();
            assertEquals(375, probabilities.length);
            float[] first = Arrays.copyOf(probabilities, 125);
            assertClose(Npy.resource("/vad/silero-probs.npy").values(), first);
        }
    }

    @Test
    void speechRegionsFollowTheTurns() {
        try (SileroVad vad = SileroVad.load(model(), ComputeDevice.CPU)) {
            Timeline regions = vad.detect(speech).speech(SpeechRegionConfig.defaults());
            // The snippet (5.5-9.5 s of the AMI sample) is silent for its first 1.2 s; the reference RTTM has
            // speech from 6.69 s, i.e. 1.19 s into the snippet, until its end.
            assertTrue(regions.size() >= 1, regions.toString());
            Segment first = regions.get(0);
            assertEquals(1.19, first.start(), 0.1, regions.toString());
            assertEquals(4.0, regions.get(regions.size() - 1).end(), 1e-9, regions.toString());
        }
    }

    @Test
    void aFileThatIsNotSileroIsAnInputError(@TempDir Path dir) throws Exception {
        Path bogus = Files.writeString(dir.resolve("vad.jit"), "nope");
        assertThrows(InvalidInputException.class, () -> SileroVad.load(bogus, ComputeDevice.CPU));
    }

    private static void assertClose(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        System.out.printf("silero parity: max abs difference %.3g over %d frames%n", worst, expected.length);
        assertTrue(worst <= TOLERANCE, "max abs difference " + worst + " > " + TOLERANCE);
    }
}
