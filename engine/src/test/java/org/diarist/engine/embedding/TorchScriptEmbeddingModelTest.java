package org.diarist.engine.embedding;

import org.diarist.engine.torch.ComputeDevice;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against standin-wespeaker.pt, a TorchScript file with WeSpeaker ResNet34's signature (make_standin_wespeaker.py). */
class TorchScriptEmbeddingModelTest {

    @Test
    void matchesPythonOnTheSameFeatures() throws Exception {
        try (TorchScriptEmbeddingModel model = TorchScriptEmbeddingModel.load(resource("standin-wespeaker.pt"),
                ComputeDevice.CPU)) {
            assertEquals(256, model.dimension());
            assertTrue(model.id().startsWith("standin-wespeaker@"), model.id());
            float[][][] fbank = new float[2][50][80];
            for (int b = 0; b < 2; b++) {
                for (int t = 0; t < 50; t++) {
                    for (int f = 0; f < 80; f++) {
                        fbank[b][t][f] = (float) Math.sin(0.1 * (t + 1) * (f + 1) + b);
                    }
                }
            }
            float[][] embeddings = model.embed(fbank, null);
            List<String> expected = Files.readAllLines(resource("standin-wespeaker.expected.txt"));
            for (int b = 0; b < 2; b++) {
                String[] values = expected.get(b).trim().split(" ");
                float[] row = new float[values.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Float.parseFloat(values[i]);
                }
                assertArrayEquals(row, embeddings[b], 1e-5f);
            }
        }
    }

    @Test
    void maskedFramesAreLeftOut() throws Exception {
        try (TorchScriptEmbeddingModel model = TorchScriptEmbeddingModel.load(resource("standin-wespeaker.pt"),
                ComputeDevice.CPU)) {
            float[][] frames = new float[30][80];
            float[][] padded = new float[45][80];
            for (int t = 0; t < 45; t++) {
                for (int f = 0; f < 80; f++) {
                    padded[t][f] = t < 30 ? (float) Math.cos(0.05 * t * f) : 100f;
                    if (t < 30) {
                        frames[t][f] = padded[t][f];
                    }
                }
            }
            float[] mask = new float[45];
            java.util.Arrays.fill(mask, 0, 30, 1f);
            float[] plain = model.embed(new float[][][] {frames}, null)[0];
            float[] masked = model.embed(new float[][][] {padded}, new float[][] {mask})[0];
            assertArrayEquals(plain, masked, 1e-6f);
            float[] audio = NativeEmbeddingModelTest.tone(16000, 180);
            assertEquals(256, model.embed(audio).length);
        }
    }

    private Path resource(String name) throws URISyntaxException, IOException {
        return Path.of(getClass().getResource(name).toURI());
    }
}
