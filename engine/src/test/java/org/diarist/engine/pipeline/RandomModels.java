package org.diarist.engine.pipeline;

import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.embedding.NativeEmbeddingModel;
import org.diarist.engine.embedding.NativeModelConfig;
import org.diarist.engine.embedding.SpeakerNetwork;
import org.diarist.engine.embedding.SpeakerNetworkConfig;
import org.diarist.engine.segmentation.NativeSegmentationModel;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchRuntime;

import java.util.List;

/**
 * The real native networks, small and seeded but untrained: the pipeline's plumbing runs through libtorch exactly
 * as with trained weights, only the answers are arbitrary.
 */
final class RandomModels {

    /** The default frame geometry (10 s windows, 589 frames) with a light network. */
    static final SegmentationNetworkConfig SEGMENTATION =
        new SegmentationNetworkConfig(16000, 160000, 16, 251, 10, 16, 16, 1, 0.0, 16, 3, 2);
    static final SpeakerNetworkConfig EMBEDDING = new SpeakerNetworkConfig(80, 16, 32, 10, 2, List.of(2));

    private RandomModels() {
    }

    static NativeSegmentationModel segmentation(long seed) {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(seed);
        return NativeSegmentationModel.of(SEGMENTATION, new SegmentationNetwork(SEGMENTATION), ComputeDevice.CPU);
    }

    static NativeEmbeddingModel embedding(long seed) {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(seed);
        return NativeEmbeddingModel.of("random-test", NativeModelConfig.of("random-test", EMBEDDING),
            new SpeakerNetwork(EMBEDDING), ComputeDevice.CPU);
    }
}
