package org.diarist.cli;

import org.diarist.models.embedding.EmbeddingModels;
import org.diarist.models.segmentation.SegmentationModels;
import picocli.CommandLine.Option;

/** Options of the commands that run the whole diarization pipeline: which segmentation and embedding models. */
public final class PipelineModelOptions {

    @Option(names = "--segmentation-model", paramLabel = "NAME|PATH", defaultValue = SegmentationModels.DEFAULT,
        description = "Catalog name, model folder or TorchScript file (default: ${DEFAULT-VALUE}).")
    String segmentation;

    @Option(names = "--embedding-model", paramLabel = "NAME|PATH", defaultValue = EmbeddingModels.DEFAULT,
        description = "Catalog name, model folder or TorchScript file (default: ${DEFAULT-VALUE}).")
    String embedding;

    public String segmentation() {
        return segmentation;
    }

    public String embedding() {
        return embedding;
    }
}
