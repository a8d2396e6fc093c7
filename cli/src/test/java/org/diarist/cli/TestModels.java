package org.diarist.cli;

import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.SharedData;
import org.diarist.engine.embedding.NativeModelConfig;
import org.diarist.engine.embedding.SpeakerNetwork;
import org.diarist.engine.embedding.SpeakerNetworkConfig;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.models.train.segmentation.SegmentationModelWriter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small, randomly initialised (seeded) native models written as model folders, for end-to-end command tests. */
final class TestModels {

    /** The default frame geometry (10 s windows, 589 frames) with a light network. */
    static final SegmentationNetworkConfig SMALL_SEGMENTATION =
        new SegmentationNetworkConfig(16000, 160000, 16, 251, 10, 16, 16, 1, 0.0, 16, 3, 2);
    static final SpeakerNetworkConfig SMALL_EMBEDDING = new SpeakerNetworkConfig(80, 16, 32, 10, 2, List.of(2));

    private TestModels() {
    }

    static Path sample() {
        return SharedData.repositoryRoot().resolve("samples/conversation.wav");
    }

    static Path sampleReference() {
        return SharedData.repositoryRoot().resolve("samples/conversation.rttm");
    }

    static Path segmentation(Path folder) {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(3);
        SegmentationNetwork network = new SegmentationNetwork(SMALL_SEGMENTATION);
        SegmentationModelWriter.write(network, SMALL_SEGMENTATION, folder);
        network.close();
        return folder;
    }

    static Path embedding(Path folder) throws java.io.IOException {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(1);
        ModuleWeights.save(new SpeakerNetwork(SMALL_EMBEDDING), folder.resolve(NativeModelConfig.WEIGHTS_FILE), Map.of());
        NativeModelConfig.of("cli-test", SMALL_EMBEDDING).write(folder.resolve(NativeModelConfig.CONFIG_FILE));
        return folder;
    }
}
