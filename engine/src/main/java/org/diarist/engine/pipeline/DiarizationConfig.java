package org.diarist.engine.pipeline;

import java.util.Objects;

/**
 * Everything a diarization run can be told, one immutable config per stage. {@code DiarizationConfig.defaults()}
 * is what {@code diarist diarize} does without options.
 */
public record DiarizationConfig(SegmentationConfig segmentation, EmbeddingConfig embedding,
                                ClusteringConfig clustering, PostProcessingConfig postProcessing) {

    public DiarizationConfig {
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(clustering, "clustering");
        Objects.requireNonNull(postProcessing, "postProcessing");
    }

    public static DiarizationConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().segmentation(segmentation).embedding(embedding).clustering(clustering)
            .postProcessing(postProcessing);
    }

    /** Each stage starts from its own defaults. */
    public static final class Builder {
        private SegmentationConfig segmentation = SegmentationConfig.defaults();
        private EmbeddingConfig embedding = EmbeddingConfig.defaults();
        private ClusteringConfig clustering = ClusteringConfig.defaults();
        private PostProcessingConfig postProcessing = PostProcessingConfig.defaults();

        private Builder() {
        }

        public Builder segmentation(SegmentationConfig value) { segmentation = value; return this; }
        public Builder embedding(EmbeddingConfig value) { embedding = value; return this; }
        public Builder clustering(ClusteringConfig value) { clustering = value; return this; }
        public Builder postProcessing(PostProcessingConfig value) { postProcessing = value; return this; }

        public DiarizationConfig build() {
            return new DiarizationConfig(segmentation, embedding, clustering, postProcessing);
        }
    }
}
