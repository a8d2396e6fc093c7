package org.diarist.engine.embedding;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerNetworkTest {

    private static final SpeakerNetworkConfig SMALL = new SpeakerNetworkConfig(80, 16, 32, 8, 2, List.of(2, 3));

    @Test
    void sameSeedGivesTheSameNetworkAndTheSameEmbeddings() {
        TorchRuntime.ensureLoaded();
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            Tensor fbank = torch.randn(3, 57, 80);
            Tensor mask = torch.ones(3, 57);
            float[][] first = embed(build(11), fbank, mask);
            float[][] second = embed(build(11), fbank, mask);
            float[][] other = embed(build(12), fbank, mask);
            for (int b = 0; b < 3; b++) {
                assertArrayEquals(first[b], second[b]);
                assertEquals(8, first[b].length);
            }
            assertFalse(java.util.Arrays.equals(first[0], other[0]), "a different seed should give other weights");
        }
    }

    @Test
    void weightsSurviveASafetensorsRoundTrip(@TempDir Path dir) throws IOException {
        TorchRuntime.ensureLoaded();
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            SpeakerNetwork trained = build(5);
            // Move the batch-norm running statistics off their defaults so buffers are checked too.
            trained.train(true);
            trained.forward(torch.randn(4, 40, 80).mul(new org.bytedeco.pytorch.Scalar(3.0)), torch.ones(4, 40));
            Path file = dir.resolve("w.safetensors");
            ModuleWeights.save(trained, file, Map.of("k", "v"));
            SpeakerNetwork loaded = build(99);
            assertEquals(Map.of("k", "v"), ModuleWeights.load(loaded, file));
            Tensor fbank = torch.randn(2, 33, 80);
            Tensor mask = torch.ones(2, 33);
            float[][] a = embed(trained, fbank, mask);
            float[][] b = embed(loaded, fbank, mask);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i]);
            }
        }
    }

    @Test
    void refusesWeightsOfAnotherShape(@TempDir Path dir) throws IOException {
        TorchRuntime.ensureLoaded();
        Path file = dir.resolve("w.safetensors");
        ModuleWeights.save(build(1), file, Map.of());
        SpeakerNetwork wider = new SpeakerNetwork(SMALL.withWidths(24, 32));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModuleWeights.load(wider, file));
        assertTrue(e.getMessage().contains("shape"), e.getMessage());
    }

    @Test
    void paddingBeyondTheMaskBarelyMatters() {
        TorchRuntime.ensureLoaded();
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            SpeakerNetwork network = build(8);
            network.eval();
            Tensor fbank = torch.randn(1, 200, 80);
            Tensor padded = torch.cat(new org.bytedeco.pytorch.TensorVector(fbank, torch.zeros(1, 100, 80)), 1);
            Tensor mask = torch.cat(new org.bytedeco.pytorch.TensorVector(torch.ones(1, 200), torch.zeros(1, 100)), 1);
            float[] plain = embed(network, fbank, torch.ones(1, 200))[0];
            float[] masked = embed(network, padded, mask)[0];
            // Only the convolutions' context at the edge sees padding: the cosine stays near 1.
            assertTrue(dot(plain, masked) > 0.98, "cosine " + dot(plain, masked));
        }
    }

    private static SpeakerNetwork build(long seed) {
        torch.manual_seed(seed);
        SpeakerNetwork network = new SpeakerNetwork(SMALL);
        network.eval();
        return network;
    }

    private static float[][] embed(SpeakerNetwork network, Tensor fbank, Tensor mask) {
        network.eval();
        return EmbeddingBatches.normalisedRows(network.forward(fbank, mask));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
