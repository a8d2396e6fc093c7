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
        List<List<Utterance>> speakers = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            float[] audio = new float[16000 * 6];
            for (int i = 0; i < audio.length; i++) {
                boolean on = (i % 24000) < 16000;
                audio[i] = on ? (float) (0.1 * Math.sin(2 * Math.PI * (200 + 50 * s) * i / 16000.0)) : 0f;
            }
            speakers.add(List.of(Utterance.of("tone" + s, audio)));
        }
        return speakers;
    }

    @Test
    void isDeterministicForASeed() {
        ConversationChunkSource source = new ConversationChunkSource(toneSpeakers(4), List.of(), 0, 0,
            SegmentationNetworkConfig.defaults());
        TrainingChunk a = source.next(new SplittableRandom(42));
        TrainingChunk b = source.next(new SplittableRandom(42));
        assertArrayEquals(a.audio(), b.audio());
        assertArrayEquals(a.frameSpeakerMasks(), b.frameSpeakerMasks());
    }

    @Test
    void labelsSpeechAndSomeOverlap() {
        SegmentationNetworkConfig network = SegmentationNetworkConfig.defaults();
        ConversationChunkSource source = new ConversationChunkSource(toneSpeakers(5), List.of(), 0, 0, network);
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
}
