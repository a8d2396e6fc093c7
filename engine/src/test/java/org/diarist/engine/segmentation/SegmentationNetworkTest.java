package org.diarist.engine.segmentation;

import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.audio.WindowSpan;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentationNetworkTest {

    @BeforeAll
    static void loadTorch() {
        TorchRuntime.ensureLoaded();
    }

    @Test
    void tenSecondsGive589FramesOfPowersetLogProbabilities() {
        SegmentationNetworkConfig config = SegmentationNetworkConfig.defaults();
        assertEquals(589, config.frames(160000));
        assertEquals(270, config.frameStepSamples());
        assertEquals(991, config.receptiveFieldSamples());
        torch.manual_seed(7);
        SegmentationNetwork network = new SegmentationNetwork(config);
        network.eval();
        Tensor output = network.forward(torch.randn(2, 1, 160000));
        assertArrayEquals(new long[] {2, 589, 7}, output.sizes().vec().get());
        // Log-probabilities: each frame's probabilities sum to one.
        Tensor sums = output.exp().sum(2);
        assertTrue(sums.sub(torch.ones(2, 589)).abs().max().item_float() < 1e-4);
    }

    @Test
    void framesFollowTheInputLength() {
        SegmentationNetworkConfig config = SegmentationNetworkConfig.defaults();
        SegmentationNetwork network = new SegmentationNetwork(config);
        network.eval();
        Tensor output = network.forward(torch.randn(1, 1, 80000));
        assertEquals(config.frames(80000), output.size(1));
    }

    @Test
    void windowsOfASpanShareTheirFiltersAndGiveWhatEachWindowGivesAlone() {
        SegmentationNetworkConfig config = SegmentationNetworkConfig.defaults();
        torch.manual_seed(11);
        SegmentationNetwork network = new SegmentationNetwork(config);
        network.eval();
        // A waveform norm far from the identity: with the default β = 0 the shift term b · Σ kernel is too small to
        // show (the later instance norm hides the scale), and leaving it out would go unnoticed.
        try (NoGradGuard noGrad = new NoGradGuard()) {
            ModuleWeights.state(network).get("wav_norm.weight").fill_(new Scalar(1.7));
            ModuleWeights.state(network).get("wav_norm.bias").fill_(new Scalar(20.0));
        }
        int window = config.windowSamples();
        int step = 16000;
        int count = 4;
        float[] samples = new float[(count - 1) * step + window];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < samples.length - 30000; i++) { // the tail stays zero, like a padded last window
            samples[i] = (float) (0.05 + 0.3 * Math.sin(i * 0.031) * (1 + Math.sin(i * 1e-4)) + 0.05 * random.nextGaussian());
        }
        WindowSpan span = new WindowSpan(samples, window, step, count);
        assertTrue(network.sharesSpans(step));
        try (NoGradGuard noGrad = new NoGradGuard()) {
            Tensor alone = network.forward(Tensors.fromRows(span.windows()).view(count, 1, window));
            Tensor shared = network.forwardSpan(Tensors.fromArray(samples, 1, 1, samples.length), window, step, count);
            assertArrayEquals(Tensors.shape(alone), Tensors.shape(shared));
            float worst = alone.sub(shared).abs().max().item_float();
            assertTrue(worst < 1e-4, "max abs difference of log-probabilities " + worst);
        }
        assertFalse(network.sharesSpans(16005));
    }

    @Test
    void theModelGivesTheSameForASpanAsForItsWindowsWhetherOrNotTheStepSharesFilters() {
        SegmentationNetworkConfig config = SegmentationNetworkConfig.defaults();
        torch.manual_seed(5);
        try (NativeSegmentationModel model = NativeSegmentationModel.of(config, new SegmentationNetwork(config),
                ComputeDevice.CPU)) {
            int window = config.windowSamples();
            for (int step : new int[] {16000, 16005}) { // a multiple of the sinc stride, and not
                float[] samples = new float[2 * step + window];
                java.util.Random random = new java.util.Random(step);
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = (float) (0.1 * random.nextGaussian());
                }
                WindowSpan span = new WindowSpan(samples, window, step, 3);
                float[][][] shared = model.forward(span);
                float[][][] alone = model.forward(span.windows());
                for (int w = 0; w < 3; w++) {
                    for (int f = 0; f < alone[w].length; f++) {
                        assertArrayEquals(alone[w][f], shared[w][f], 1e-4f, "step " + step + " window " + w);
                    }
                }
            }
            assertThrows(IllegalArgumentException.class,
                () -> model.forward(new WindowSpan(new float[window / 2], window / 2, window / 2, 1)));
        }
    }
}
