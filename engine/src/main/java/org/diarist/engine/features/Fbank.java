package org.diarist.engine.features;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.DeviceOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarTypeOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.audio.WindowSpan;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchRuntime;

/**
 * Kaldi-compatible log-mel filterbank computed with libtorch on a CPU or a GPU, for many equal-length segments at
 * once: [segments, samples] to [segments, frames, melBins]. Frames are strided views of the signal, copied once,
 * the spectrum is one batched real FFT and the mel projection one matrix product, so the cost per segment is
 * a handful of kernel launches whatever the batch size.
 *
 * <p>Holds the window and the mel matrix on the device; close it to free them. Calls do not mutate it, so one
 * instance may serve several threads.
 */
public final class Fbank implements FeatureExtractor {

    private final FbankConfig config;
    private final ComputeDevice device;
    private final Device nativeDevice;
    private final Tensor window;
    private final Tensor spectrumToMel;
    private volatile boolean closed;

    public Fbank(FbankConfig config, ComputeDevice device) {
        TorchRuntime.ensureLoaded();
        this.config = config;
        this.device = device.resolve();
        this.nativeDevice = this.device.toNative();
        this.window = onDevice(toFloats(config.window().coefficients(config.frameLength())), config.frameLength());
        this.spectrumToMel = onDevice(MelFilterbank.spectrumToMel(config), config.fftSize() / 2 + 1, config.melBins());
    }

    /** Kaldi defaults ({@link FbankConfig#defaults()}) on the CPU. */
    public Fbank() {
        this(FbankConfig.defaults(), ComputeDevice.CPU);
    }

    public FbankConfig config() {
        return config;
    }

    public ComputeDevice device() {
        return device;
    }

    @Override
    public int dimension() {
        return config.melBins();
    }

    @Override
    public int frameCount(long samples) {
        return config.frameCount(samples);
    }

    @Override
    public float[][][] extract(float[][] waveforms) {
        checkOpen();
        if (waveforms.length == 0) {
            return new float[0][][];
        }
        try (PointerScope ignored = new PointerScope()) {
            return Tensors.toArray3d(extract(Tensors.fromRows(waveforms)));
        }
    }

    /**
     * Features of a [segments, samples] (or [samples]) float tensor on any device, as a new [segments, frames,
     * melBins] tensor on this extractor's device. The result belongs to the caller's {@link PointerScope}, or to
     * the caller when there is none.
     */
    public Tensor extract(Tensor waveforms) {
        checkOpen();
        return Tensors.scoped(() -> {
            try (NoGradGuard noGrad = new NoGradGuard()) {
                return compute(waveforms.dim() == 1 ? waveforms.unsqueeze(0) : waveforms);
            }
        });
    }

    /**
     * Features of every window of a span, [windows, frames, melBins] on this extractor's device: the same values as
     * extracting each window alone. A frame depends on its own samples only, so when the windows start on frame
     * boundaries (and no per-window mean is subtracted) the span's frames are computed once and each window takes
     * its slice of them, which is several times cheaper for overlapping windows.
     */
    public Tensor extract(WindowSpan span) {
        checkOpen();
        int shift = config.frameShift();
        if (span.count() == 1 || span.step() % shift != 0 || config.subtractMean()) {
            return Tensors.scoped(() -> extract(Tensors.fromRows(span.windows())));
        }
        int windowFrames = frameCount(span.windowSamples());
        return Tensors.scoped(() -> {
            Tensor all = extract(Tensors.fromArray(span.samples(), span.samples().length)).select(0, 0);
            TensorVector windows = new TensorVector();
            for (int i = 0; i < span.count(); i++) {
                windows.push_back(all.narrow(0, (long) i * span.step() / shift, windowFrames));
            }
            return torch.stack(windows);
        });
    }

    private Tensor compute(Tensor waveforms) {
        if (waveforms.dim() != 2) {
            throw new IllegalArgumentException("expected [segments, samples], got " + waveforms.dim() + " dimensions");
        }
        long segments = waveforms.size(0);
        int frameCount = frameCount(waveforms.size(1));
        if (frameCount == 0) {
            return torch.zeros(new long[] {segments, 0, config.melBins()},
                new TensorOptions().device(new DeviceOptional(nativeDevice)));
        }
        int length = config.frameLength();
        int shift = config.frameShift();
        Tensor x = waveforms.to(nativeDevice, torch.ScalarType.Float);
        if (config.waveformScale() != 1.0) {
            x = x.mul(new Scalar(config.waveformScale()));
        }
        // Frames are written once, into a zero-padded [segments, frames, fftSize] buffer that the FFT takes as it
        // is; every step after the first copy works in place on its first `length` columns.
        Tensor padded = torch.zeros(new long[] {segments, frameCount, config.fftSize()},
            new TensorOptions().device(new DeviceOptional(nativeDevice)));
        Tensor frames = padded.narrow(2, 0, length);
        Tensor raw = x.unfold(1, length, shift); // [segments, frames, length], a strided view of x
        double k = config.preemphasis();
        if (k == 0.0) {
            frames.copy_(raw);
        } else {
            // Kaldi pre-emphasises each frame: z[t] = y[t] - k y[t-1], with y[-1] = y[0]. For t >= 1 that is the
            // pre-emphasised signal x[n] - k x[n-1], computed once for the whole waveform and framed again.
            long samples = x.size(1);
            Tensor emphasised = x.narrow(1, 1, samples - 1).sub(x.narrow(1, 0, samples - 1), new Scalar(k));
            frames.narrow(2, 1, length - 1).copy_(emphasised.unfold(1, length - 1, shift));
            frames.select(2, 0).copy_(raw.select(2, 0)).mul_(new Scalar(1.0 - k));
        }
        if (config.removeDcOffset()) {
            // Subtracting the frame mean m before pre-emphasis leaves (1 - k) m to subtract after it.
            frames.sub_(raw.mean(new long[] {-1}, true, new ScalarTypeOptional()), new Scalar(1.0 - k));
        }
        frames.mul_(window);
        Tensor spectrum = torch.fft_rfft(padded);
        Tensor energy = spectrum.abs();
        if (config.usePower()) {
            energy.square_();
        }
        Tensor mel = energy.matmul(spectrumToMel);
        if (config.useLog()) {
            mel.clamp_min_(new Scalar(FbankConfig.LOG_FLOOR)).log_();
        }
        if (config.subtractMean()) {
            mel.sub_(mel.mean(new long[] {1}, true, new ScalarTypeOptional()));
        }
        return mel.contiguous();
    }

    /** Frees the native window and mel matrix; closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            window.close();
            spectrumToMel.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Fbank used after close()");
        }
    }

    private Tensor onDevice(float[] values, long... shape) {
        try (PointerScope ignored = new PointerScope()) {
            Tensor tensor = Tensors.fromArray(values, shape).to(nativeDevice, torch.ScalarType.Float);
            tensor.retainReference();
            return tensor;
        }
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
