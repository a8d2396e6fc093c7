package org.diarist.engine.embedding;

import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.pytorch.BatchNorm1dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.Conv1dImpl;
import org.bytedeco.pytorch.Conv1dOptions;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.torch.TorchRuntime;

/**
 * A compact TDNN speaker network in the ECAPA family, defined with libtorch's C++ frontend modules:
 * a strided 5-tap input layer, residual dilated 3-tap blocks, a 1x1 layer over all blocks' outputs
 * (multi-layer aggregation), masked mean+std statistics pooling, and a linear bottleneck.
 * Input fbank [B,T,melBins] with a frame mask [B,T]; output raw (not normalised) embeddings [B,D].
 * 1-D convolutions keep the cost at GEMM speed on a CPU, which 2-D ResNets do not.
 */
public final class SpeakerNetwork extends Module {

    private final SpeakerNetworkConfig config;
    private final Conv1dImpl input;
    private final BatchNorm1dImpl inputNorm;
    private final Conv1dImpl[] blocks;
    private final BatchNorm1dImpl[] blockNorms;
    private final Conv1dImpl aggregate;
    private final BatchNorm1dImpl aggregateNorm;
    private final BatchNorm1dImpl poolNorm;
    private final LinearImpl bottleneck;
    private final BatchNorm1dImpl embeddingNorm;

    public SpeakerNetwork(SpeakerNetworkConfig config) {
        TorchRuntime.ensureLoaded();
        this.config = config;
        int c = config.channels();
        input = register_module("input", conv(config.melBins(), c, 5, config.stride(), 1));
        inputNorm = register_module("input_norm", norm(c));
        int n = config.dilations().size();
        blocks = new Conv1dImpl[n];
        blockNorms = new BatchNorm1dImpl[n];
        for (int i = 0; i < n; i++) {
            blocks[i] = register_module("block" + i, conv(c, c, 3, 1, config.dilations().get(i)));
            blockNorms[i] = register_module("block" + i + "_norm", norm(c));
        }
        aggregate = register_module("aggregate", conv(n * c, config.aggregateChannels(), 1, 1, 1));
        aggregateNorm = register_module("aggregate_norm", norm(config.aggregateChannels()));
        poolNorm = register_module("pool_norm", norm(2 * config.aggregateChannels()));
        bottleneck = register_module("bottleneck", new LinearImpl(2L * config.aggregateChannels(), config.embeddingDim()));
        embeddingNorm = register_module("embedding_norm", norm(config.embeddingDim()));
    }

    public SpeakerNetworkConfig config() {
        return config;
    }

    /** fbank [B,T,F] float, mask [B,T] (1 = use the frame) → embeddings [B,D], not normalised. */
    public Tensor forward(Tensor fbank, Tensor mask) {
        Tensor frameMask = mask.to(torch.ScalarType.Float);
        // Cepstral mean normalisation over the frames the mask keeps, so padding does not shift it.
        Tensor x = fbank.sub(StatisticsPooling.maskedMean(fbank.transpose(1, 2), frameMask).unsqueeze(1))
            .transpose(1, 2);
        x = inputNorm.forward(input.forward(x).relu());
        Tensor pooledMask = subsample(frameMask, config.stride(), x.size(2));
        TensorVector outputs = new TensorVector();
        for (int i = 0; i < blocks.length; i++) {
            x = x.add(blockNorms[i].forward(blocks[i].forward(x).relu()));
            outputs.push_back(x);
        }
        Tensor merged = aggregateNorm.forward(aggregate.forward(torch.cat(outputs, 1)).relu());
        Tensor stats = StatisticsPooling.meanAndStd(merged, pooledMask);
        return embeddingNorm.forward(bottleneck.forward(poolNorm.forward(stats)));
    }

    /** Frame mask at the network's internal frame rate: frame i of a stride-s layer is centred on input frame i*s. */
    static Tensor subsample(Tensor mask, int stride, long frames) {
        if (stride == 1) {
            return mask;
        }
        Tensor sub = mask.slice(1, new LongOptional(0), new LongOptional(mask.size(1)), stride);
        return sub.size(1) == frames ? sub : sub.narrow(1, 0, frames);
    }

    public long parameterCount() {
        long count = 0;
        TensorVector parameters = parameters();
        for (long i = 0; i < parameters.size(); i++) {
            count += parameters.get(i).numel();
        }
        return count;
    }

    private static Conv1dImpl conv(int in, int out, int kernel, int stride, int dilation) {
        Conv1dOptions options = new Conv1dOptions(in, out, new LongPointer(1).put(kernel));
        options.stride().put(stride);
        options.dilation().put(dilation);
        options.padding().put(new LongPointer(1).put((long) dilation * (kernel - 1) / 2));
        options.bias().put(true);
        return new Conv1dImpl(options);
    }

    private static BatchNorm1dImpl norm(int features) {
        return new BatchNorm1dImpl(new BatchNormOptions(features));
    }
}
