package org.diarist.models.train.segmentation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.ModuleWeights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a trained segmentation network as a model folder: {@code config.json} and {@code model.safetensors}. */
public final class SegmentationModelWriter {

    private SegmentationModelWriter() {
    }

    public static void write(SegmentationNetwork network, SegmentationNetworkConfig config, Path folder) {
        try {
            Files.createDirectories(folder);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve("config.json").toFile(), config);
            ModuleWeights.save(network, folder.resolve("model.safetensors"),
                Map.of("format", "diarist-segmentation", "architecture", "sincnet-bilstm-powerset"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + folder, e);
        }
    }
}
