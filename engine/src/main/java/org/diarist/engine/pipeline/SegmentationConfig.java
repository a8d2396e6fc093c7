package org.diarist.engine.pipeline;

import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.segmentation.SlidingInference;

/**
 * How the segmentation model slides over a recording, and how speech and overlap regions are cut from its
 * aggregated output ({@code diarist segment}). Defaults are in {@link Builder}.
 *
 * @param stepRatio window step as a fraction of the model's window, in (0, 1]
 * @param batchSize windows per model call
 * @param speech    speech regions from the probability that at least one speaker talks
 * @param overlap   overlap regions from the probability that at least two speakers talk
 */
public record SegmentationConfig(double stepRatio, int batchSize, BinarizeConfig speech, BinarizeConfig overlap) {

    public SegmentationConfig {
        if (!(stepRatio > 0 && stepRatio <= 1)) {
            throw new IllegalArgumentException("window step must be a fraction of the window in (0, 1]: " + stepRatio);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
    }

    public static SegmentationConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().stepRatio(stepRatio).batchSize(batchSize).speech(speech).overlap(overlap);
    }

    /** The sliding inference of {@code model} under this config. */
    public SlidingInference slidingInference(SegmentationModel model) {
        int window = model.specification().windowSamples();
        int step = (int) Math.max(1, Math.min(window, Math.round(stepRatio * window)));
        return new SlidingInference(model, step, batchSize);
    }

    /**
     * Defaults in one place: step 10 % of the window (pyannote's), 8 windows per batch (a 10 s window costs the
     * default network some 20 MB of activations on a CPU, and larger batches are no faster there), speech above
     * 0.3 (the bundled model is cautious: on the AMI development excerpts 0.3 misses 15 % of speech where 0.5
     * misses 22 %, for 0.2 points more false alarm), overlap above 0.5.
     */
    public static final class Builder {
        private double stepRatio = 0.1;
        private int batchSize = 8;
        private BinarizeConfig speech = BinarizeConfig.threshold(0.3);
        private BinarizeConfig overlap = BinarizeConfig.threshold(0.5);

        private Builder() {
        }

        public Builder stepRatio(double ratio) { stepRatio = ratio; return this; }
        public Builder batchSize(int windows) { batchSize = windows; return this; }
        public Builder speech(BinarizeConfig config) { speech = config; return this; }
        public Builder overlap(BinarizeConfig config) { overlap = config; return this; }

        public SegmentationConfig build() {
            return new SegmentationConfig(stepRatio, batchSize, speech, overlap);
        }
    }
}
