package org.diarist.engine.segmentation;

import org.bytedeco.pytorch.Conv1dImpl;
import org.bytedeco.pytorch.Conv1dOptions;
import org.bytedeco.pytorch.InstanceNorm1dImpl;
import org.bytedeco.pytorch.InstanceNormOptions;
import org.bytedeco.pytorch.LSTMImpl;
import org.bytedeco.pytorch.LSTMOptions;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.MaxPool1dImpl;
import org.bytedeco.pytorch.MaxPool1dOptions;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarTypeOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.bytedeco.javacpp.LongPointer;

/**
 * The native segmentation network (PyanNet-like): instance-normalised waveform → SincNet → two convolutions,
 * each followed by max-pooling, instance norm and leaky ReLU → bidirectional LSTM → two linear layers →
 * log-softmax over powerset classes. Input [batch, 1, samples], output [batch, frames, classes].
 */
public final class SegmentationNetwork extends Module {

    private static final Scalar LEAK = new Scalar(0.01);

    private final InstanceNorm1dImpl waveformNorm;
    private final SincConv sinc;
    private final MaxPool1dImpl pool;
    private final InstanceNorm1dImpl norm1;
    private final Conv1dImpl conv2;
    private final InstanceNorm1dImpl norm2;
    private final Conv1dImpl conv3;
    private final InstanceNorm1dImpl norm3;
    private final LSTMImpl lstm;
    private final LinearImpl linear1;
    private final LinearImpl linear2;
    private final LinearImpl classifier;

    public SegmentationNetwork(SegmentationNetworkConfig config) {
        waveformNorm = register_module("wav_norm", instanceNorm(1));
        sinc = register_module("sinc", new SincConv(config.sincFilters(), config.sincKernel(), config.sincStride(),
            config.sampleRate()));
        MaxPool1dOptions poolOptions = new MaxPool1dOptions(new LongPointer(1).put(SegmentationNetworkConfig.POOL));
        pool = register_module("pool", new MaxPool1dImpl(poolOptions));
        norm1 = register_module("norm1", instanceNorm(config.sincFilters()));
        conv2 = register_module("conv2", conv(config.sincFilters(), config.convChannels()));
        norm2 = register_module("norm2", instanceNorm(config.convChannels()));
        conv3 = register_module("conv3", conv(config.convChannels(), config.convChannels()));
        norm3 = register_module("norm3", instanceNorm(config.convChannels()));
        LSTMOptions lstmOptions = new LSTMOptions(config.convChannels(), config.lstmHidden());
        lstmOptions.num_layers().put(config.lstmLayers());
        lstmOptions.bidirectional().put(true);
        lstmOptions.batch_first().put(true);
        lstmOptions.dropout().put(config.lstmLayers() > 1 ? config.lstmDropout() : 0.0);
        lstm = register_module("lstm", new LSTMImpl(lstmOptions));
        linear1 = register_module("linear1", new LinearImpl(2L * config.lstmHidden(), config.linearHidden()));
        linear2 = register_module("linear2", new LinearImpl(config.linearHidden(), config.linearHidden()));
        classifier = register_module("classifier",
            new LinearImpl(config.linearHidden(), config.powerset().classes()));
    }

    /** [batch, 1, samples] waveform → [batch, frames, classes] log-probabilities. */
    public Tensor forward(Tensor waveform) {
        return fromRectifiedResponses(sinc.forward(waveformNorm.forward(waveform)).abs());
    }

    /** Whether {@link #forwardSpan} can take windows {@code step} samples apart. */
    public boolean sharesSpans(int step) {
        return step % sinc.stride() == 0;
    }

    /**
     * As {@link #forward} for the overlapping windows of one stretch of audio: waveform [1, 1, samples] holding
     * {@code count} windows of {@code windowSamples} every {@code step} samples ({@link #sharesSpans}) → [count,
     * frames, classes]. The sinc filters are linear and each window's waveform norm is affine, γ (x − μ) / σ + β,
     * so a window's filter responses are a · sinc(x) + b · Σ kernel with a = γ / σ and b = β − a μ: the stretch is
     * filtered once instead of once per window. Equal to {@link #forward} up to float rounding.
     */
    public Tensor forwardSpan(Tensor waveform, int windowSamples, int step, int count) {
        if (!sharesSpans(step)) {
            throw new IllegalArgumentException("window step " + step + " is not a multiple of the sinc stride "
                + sinc.stride());
        }
        Tensor windows = waveform.view(-1).unfold(0, windowSamples, step); // [count, windowSamples], a view
        long[] time = {1};
        Tensor mean = windows.mean(time, true, new ScalarTypeOptional());
        Tensor variance = windows.sub(mean).square().mean(time, true, new ScalarTypeOptional());
        Tensor scale = waveformNorm.weight().div(variance.add(new Scalar(waveformNorm.options().eps().get())).sqrt());
        Tensor shift = waveformNorm.bias().sub(scale.mul(mean));
        Tensor responses = sinc.forward(waveform).select(0, 0); // [filters, span frames]
        long windowFrames = (windowSamples - sinc.kernelSize()) / sinc.stride() + 1;
        Tensor perWindow = responses.unfold(1, windowFrames, step / sinc.stride()).permute(1, 0, 2);
        Tensor kernelSums = sinc.kernels().sum(new long[] {2}, false, new ScalarTypeOptional()).view(1, -1, 1);
        // In place where we can: these are the network's largest tensors, and inference needs no autograd history.
        Tensor filtered = perWindow.mul(scale.view(count, 1, 1)).add_(kernelSums.mul(shift.view(count, 1, 1)));
        return fromRectifiedResponses(filtered.abs_());
    }

    /** Everything after the sinc filters: |responses| [batch, filters, frames] → log-probabilities. */
    private Tensor fromRectifiedResponses(Tensor rectified) {
        Tensor x = torch.leaky_relu(norm1.forward(pool.forward(rectified)), LEAK);
        x = torch.leaky_relu(norm2.forward(pool.forward(conv2.forward(x))), LEAK);
        x = torch.leaky_relu(norm3.forward(pool.forward(conv3.forward(x))), LEAK);
        Tensor sequence = lstm.forward(x.transpose(1, 2)).get0();
        Tensor hidden = torch.leaky_relu(linear1.forward(sequence), LEAK);
        hidden = torch.leaky_relu(linear2.forward(hidden), LEAK);
        return classifier.forward(hidden).log_softmax(2);
    }

    private static InstanceNorm1dImpl instanceNorm(int channels) {
        InstanceNormOptions options = new InstanceNormOptions(channels);
        options.affine().put(true);
        return new InstanceNorm1dImpl(options);
    }

    private static Conv1dImpl conv(int in, int out) {
        Conv1dOptions options = new Conv1dOptions(in, out, new LongPointer(1).put(SegmentationNetworkConfig.CONV_KERNEL));
        return new Conv1dImpl(options);
    }
}
