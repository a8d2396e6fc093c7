package org.diarist.cli;

import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.pipeline.DiarizationConfig;
import org.diarist.engine.pipeline.SpeakerDiarization;
import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.catalog.ModelStore;
import org.diarist.models.embedding.EmbeddingModels;
import org.diarist.models.segmentation.SegmentationModels;

/** One copy of the diarization models and the pipeline that uses them, for one recording at a time. */
record DiarizationModels(SegmentationModel segmentation, EmbeddingModel embedding, SpeakerDiarization pipeline)
    implements AutoCloseable {

    static DiarizationModels open(ModelStore store, String segmentationName, String embeddingName,
                                  ComputeDevice device, DiarizationConfig config) {
        SegmentationModel segmentation = SegmentationModels.open(store, segmentationName, device);
        try {
            EmbeddingModel embedding = EmbeddingModels.open(store, embeddingName, device);
            return new DiarizationModels(segmentation, embedding,
                new SpeakerDiarization(segmentation, embedding, config));
        } catch (RuntimeException e) {
            segmentation.close();
            throw e;
        }
    }

    @Override
    public void close() {
        segmentation.close();
        embedding.close();
    }
}
