package org.diarist.models.train.segmentation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.bytedeco.pytorch.OutputArchive;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a trained segmentation network as a model folder: {@code config.json} and the weights. */
public final class SegmentationModelWriter {

    private SegmentationModelWriter() {
    }

    public static void write(SegmentationNetwork network, SegmentationNetworkConfig config, Path folder) {
        try {
            Files.createDirectories(folder);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve("config.json").toFile(), config);
            OutputArchive archive = new OutputArchive();
            network.save(archive);
            archive.save_to(folder.resolve("model.pt").toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + folder, e);
        }
    }
}
