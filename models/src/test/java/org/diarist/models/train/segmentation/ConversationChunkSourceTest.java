package org.diarist.models.train.segmentation;

import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationChunkSourceTest {

    /** Speakers whose "speech" is a tone that is on for 1 s and off for 0.5 s, so labels are predictable. */
    private static List<List<Utterance>> toneSpeakers(int count) {
        return toneSpeakers(count, 200);
    }

    private static List<List<Utterance>> toneSpeakers(int count, double lowestHertz) {
        List<List<Utterance>> speakers = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            float[] audio = new float[16000 * 6];
            for (int i = 0; i < audio.length; i++) {
                boolean on = (i % 24000) < 16000;
                audio[i] = on ? (float) (0.1 * Math.sin(2 * Math.PI * (lowestHertz + 50 * s) * i / 16000.0)) : 0f;
            }
            speakers.add(List.of(Utterance.of("tone" + s, audio)));
        }
        return speakers;
    }

    @Test
    void isDeterministicForASeed() {
        ConversationChunkSource source = new ConversationChunkSource(toneSpeakers(4), List.of(),
            ChunkMix.SIMULATED_ONLY,
            SegmentationNetworkConfig.defaults());
        TrainingChunk a = source.next(new SplittableRandom(42));
        TrainingChunk b = source.next(new SplittableRandom(42));
        assertArrayEquals(a.audio(), b.audio());
        assertArrayEquals(a.frameSpeakerMasks(), b.frameSpeakerMasks());
    }

    @Test
    void labelsSpeechAndSomeOverlap() {
        SegmentationNetworkConfig network = SegmentationNetworkConfig.defaults();
        ConversationChunkSource source =
            new ConversationChunkSource(toneSpeakers(5), List.of(), ChunkMix.SIMULATED_ONLY, network);
        SplittableRandom random = new SplittableRandom(1);
        int speech = 0;
        int overlap = 0;
        int total = 0;
        for (int n = 0; n < 200; n++) {
            TrainingChunk chunk = source.next(random);
            assertEquals(network.windowSamples(), chunk.audio().length);
            assertEquals(589, chunk.frameSpeakerMasks().length);
            for (int mask : chunk.frameSpeakerMasks()) {
                total++;
                speech += mask != 0 ? 1 : 0;
                overlap += Integer.bitCount(mask) >= 2 ? 1 : 0;
            }
        }
        double overlapShare = overlap / (double) speech;
        assertTrue(speech > total / 3, "speech frames " + speech + " of " + total);
        assertTrue(overlapShare > 0.03 && overlapShare < 0.35, "overlap share " + overlapShare);
    }

    @Test
    void aRoomOrAPhoneLineChangesTheSoundButNotTheLabels() {
        SegmentationNetworkConfig network = SegmentationNetworkConfig.defaults();
        // Voices at 5 kHz and above, which a phone line does not carry.
        List<List<Utterance>> speakers = toneSpeakers(4, 5000);
        ConversationChunkSource dry =
            new ConversationChunkSource(speakers, List.of(), ChunkMix.SIMULATED_ONLY, network);
        ConversationChunkSource room =
            new ConversationChunkSource(speakers, List.of(), new ChunkMix(0, 0, 1, 0), network);
        ConversationChunkSource phone =
            new ConversationChunkSource(speakers, List.of(), new ChunkMix(0, 0, 0, 1), network);
        for (long seed = 0; seed < 5; seed++) {
            TrainingChunk plain = dry.next(new SplittableRandom(seed));
            TrainingChunk reverberant = room.next(new SplittableRandom(seed));
            TrainingChunk narrow = phone.next(new SplittableRandom(seed));
            assertArrayEquals(plain.frameSpeakerMasks(), reverberant.frameSpeakerMasks());
            assertArrayEquals(plain.frameSpeakerMasks(), narrow.frameSpeakerMasks());
            if (power(plain.audio()) > 1e-6) {
                assertTrue(difference(plain.audio(), reverberant.audio()) > 0.1 * power(plain.audio()),
                    "reverberation left the window as it was");
                // What is left is the in-band part of the background noise (at 5 dB SNR or less).
                assertTrue(power(narrow.audio()) < 0.5 * power(plain.audio()), "no band-limiting");
            }
        }
    }

    private static double power(float[] audio) {
        double sum = 0;
        for (float v : audio) {
            sum += v * v;
        }
        return sum / audio.length;
    }

    private static double difference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum / a.length;
    }
}
