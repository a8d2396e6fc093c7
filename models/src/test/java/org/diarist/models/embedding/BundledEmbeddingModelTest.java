package org.diarist.models.embedding;

import org.diarist.engine.SharedData;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.torch.ComputeDevice;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped weights load by name and tell the bundled sample's voices apart. */
class BundledEmbeddingModelTest {

    @Test
    void bundledModelEmbedsTheSampleConversation() {
        float[] audio = Audio.load(SharedData.repositoryRoot().resolve("samples/conversation.wav"));
        try (EmbeddingModel model = EmbeddingModels.open(EmbeddingModels.DEFAULT, ComputeDevice.CPU)) {
            assertTrue(model.id().startsWith("diarist-embedding@"), model.id());
            // Turns from samples/conversation.rttm, without overlap: allison twice, carlo, june.
            float[] allison = model.embed(part(audio, 1.1, 4.1));
            float[] allisonAgain = model.embed(part(audio, 12.1, 14.5));
            float[] carlo = model.embed(part(audio, 4.7, 7.5));
            float[] june = model.embed(part(audio, 8.4, 11.6));
            assertEquals(model.dimension(), allison.length);
            double same = dot(allison, allisonAgain);
            assertTrue(same > dot(allison, carlo) && same > dot(allison, june) && same > dot(allisonAgain, carlo)
                    && same > dot(allisonAgain, june),
                "same voice " + same + " vs carlo " + dot(allison, carlo) + ", june " + dot(allison, june));
        }
    }

    private static float[] part(float[] audio, double start, double end) {
        return Arrays.copyOfRange(audio, (int) (start * 16000), (int) (end * 16000));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
