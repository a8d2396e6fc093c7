package org.diarist.engine.segmentation;

import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
