package org.diarist.engine.embedding;

import java.util.Arrays;
import java.util.List;

/**
 * Shape of {@link SpeakerNetwork}, stored as JSON beside the weights. Defaults live in {@link #DEFAULT}.
 *
 * @param melBins          fbank bins per frame (80)
 * @param channels         width of the dilated TDNN blocks
 * @param aggregateChannels width of the 1x1 layer that merges all blocks' outputs before pooling
 * @param embeddingDim     output dimension
 * @param stride           time subsampling of the first layer (2: 20 ms frames inside the network)
 * @param dilations        one residual block per entry, with that dilation
 */
public record SpeakerNetworkConfig(int melBins, int channels, int aggregateChannels, int embeddingDim, int stride,
                                   List<Integer> dilations) {

    public static final SpeakerNetworkConfig DEFAULT = new SpeakerNetworkConfig(80, 128, 512, 192, 2, List.of(2, 3, 4));

    public SpeakerNetworkConfig {
        if (melBins <= 0 || channels <= 0 || aggregateChannels <= 0 || embeddingDim <= 0 || stride <= 0) {
            throw new IllegalArgumentException("network sizes must be positive: " + Arrays.asList(
                melBins, channels, aggregateChannels, embeddingDim, stride));
        }
        dilations = List.copyOf(dilations);
        if (dilations.isEmpty()) {
            throw new IllegalArgumentException("at least one block");
        }
    }

    public SpeakerNetworkConfig withWidths(int channels, int aggregateChannels) {
        return new SpeakerNetworkConfig(melBins, channels, aggregateChannels, embeddingDim, stride, dilations);
    }

    /** Multiply-accumulates per input frame (10 ms), the cost measure of the model card. */
    public long macsPerFrame() {
        long input = (long) melBins * channels * 5;
        long blocks = (long) dilations.size() * channels * channels * 3;
        long aggregate = (long) dilations.size() * channels * aggregateChannels;
        return (input + blocks + aggregate) / stride;
    }
}
