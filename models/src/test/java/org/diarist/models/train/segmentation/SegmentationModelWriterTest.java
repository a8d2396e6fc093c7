package org.diarist.models.train.segmentation;

import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.segmentation.NativeSegmentationModel;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SegmentationModelWriterTest {

    @Test
    void writtenModelLoadsAndComputesTheSame(@TempDir Path folder) {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(3);
        SegmentationNetworkConfig config = SegmentationNetworkConfig.defaults();
        SegmentationNetwork network = new SegmentationNetwork(config);
        network.eval();
        float[][] windows = new float[1][config.windowSamples()];
        Random random = new Random(5);
        for (int i = 0; i < windows[0].length; i++) {
            windows[0][i] = (float) (0.1 * random.nextGaussian());
        }
        float[][][] expected = Tensors.toArray3d(network.forward(Tensors.fromRows(windows).view(1, 1, -1)));
        SegmentationModelWriter.write(network, config, folder);
        try (NativeSegmentationModel loaded = NativeSegmentationModel.load(folder, ComputeDevice.CPU)) {
            float[][][] actual = loaded.forward(windows);
            for (int f = 0; f < expected[0].length; f++) {
                assertArrayEquals(expected[0][f], actual[0][f], 1e-5f, "frame " + f);
            }
        }
    }
}
