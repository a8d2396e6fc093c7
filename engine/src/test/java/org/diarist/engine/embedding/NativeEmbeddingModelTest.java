package org.diarist.engine.embedding;

import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeEmbeddingModelTest {

    private static final SpeakerNetworkConfig SMALL = new SpeakerNetworkConfig(80, 16, 32, 12, 2, List.of(2));

    @Test
    void savedFolderLoadsAndEmbedsUnitVectorsDeterministically(@TempDir Path dir) throws IOException {
        save(dir, 21);
        float[] audio = tone(16000, 220);
        try (NativeEmbeddingModel model = NativeEmbeddingModel.load(dir, ComputeDevice.CPU)) {
            assertEquals(12, model.dimension());
            assertTrue(model.id().startsWith("test-embedding@"), model.id());
            float[] first = model.embed(audio);
            assertArrayEquals(first, model.embed(audio));
            assertEquals(1.0, norm(first), 1e-5);
            // The batch path with a full mask gives the same embedding as the one-recording path.
            float[][][] fbank = {org.diarist.engine.torch.Tensors.toArray3d(
                model.fbank(org.diarist.engine.torch.Tensors.fromArray(audio, 1, audio.length)))[0]};
            assertArrayEquals(first, model.embed(fbank, null)[0], 1e-5f);
        }
    }

    @Test
    void idChangesWithTheWeights(@TempDir Path a, @TempDir Path b) throws IOException {
        save(a, 1);
        save(b, 2);
        try (NativeEmbeddingModel one = NativeEmbeddingModel.load(a, ComputeDevice.CPU);
             NativeEmbeddingModel two = NativeEmbeddingModel.load(b, ComputeDevice.CPU)) {
            assertNotEquals(one.id(), two.id());
        }
    }

    @Test
    void missingWeightsIsAnInputError(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> NativeEmbeddingModel.load(dir, ComputeDevice.CPU));
        assertTrue(e.getMessage().contains("model.safetensors"), e.getMessage());
    }

    @Test
    void closedModelFailsLoudly(@TempDir Path dir) throws IOException {
        save(dir, 3);
        NativeEmbeddingModel model = NativeEmbeddingModel.load(dir, ComputeDevice.CPU);
        model.close();
        model.close();
        assertThrows(IllegalStateException.class, () -> model.embed(tone(8000, 300)));
    }

    private static void save(Path dir, long seed) throws IOException {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(seed);
        SpeakerNetwork network = new SpeakerNetwork(SMALL);
        ModuleWeights.save(network, dir.resolve(NativeModelConfig.WEIGHTS_FILE), Map.of());
        NativeModelConfig.of("test-embedding", SMALL).write(dir.resolve(NativeModelConfig.CONFIG_FILE));
        assertTrue(Files.isRegularFile(dir.resolve("config.json")));
    }

    static float[] tone(int samples, double hz) {
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * hz * i / 16000) + 0.05 * Math.sin(2 * Math.PI * 3.1 * hz * i / 16000));
        }
        return x;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
