package org.diarist.engine.segmentation;

import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.torch.Tensors;

/**
 * Learnable band-pass filter bank on the raw waveform (SincNet, Ravanelli and Bengio 2018): each filter is the
 * difference of two windowed sinc low-passes, so only its two cut-off frequencies are learned.
 */
final class SincConv extends Module {

    private static final double MIN_LOW_HZ = 50;
    private static final double MIN_BAND_HZ = 50;

    private final int filters;
    private final int kernelSize;
    private final int stride;
    private final double sampleRate;
    private final Tensor lowHz;
    private final Tensor bandHz;
    private final Tensor time;
    private final Tensor window;

    SincConv(int filters, int kernelSize, int stride, int sampleRate) {
        this.filters = filters;
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.sampleRate = sampleRate;
        // Cut-offs start evenly spaced on the mel scale between 30 Hz and the Nyquist frequency.
        float[] low = new float[filters];
        float[] band = new float[filters];
        double melLow = toMel(30);
        double melHigh = toMel(sampleRate / 2.0 - (MIN_LOW_HZ + MIN_BAND_HZ));
        for (int i = 0; i < filters; i++) {
            double f0 = toHz(melLow + (melHigh - melLow) * i / filters);
            double f1 = toHz(melLow + (melHigh - melLow) * (i + 1) / filters);
            low[i] = (float) (f0 - MIN_LOW_HZ);
            band[i] = (float) (f1 - f0);
        }
        // Keep our own handles: the references register_* returns point into the module's dictionary and
        // dangle once it grows.
        lowHz = Tensors.fromArray(low, filters, 1);
        bandHz = Tensors.fromArray(band, filters, 1);
        register_parameter("low_hz", lowHz);
        register_parameter("band_hz", bandHz);
        float[] t = new float[kernelSize];
        float[] w = new float[kernelSize];
        for (int k = 0; k < kernelSize; k++) {
            t[k] = (float) ((k - (kernelSize - 1) / 2.0) / sampleRate);
            w[k] = (float) (0.54 - 0.46 * Math.cos(2 * Math.PI * k / (kernelSize - 1)));
        }
        time = Tensors.fromArray(t, 1, kernelSize);
        window = Tensors.fromArray(w, 1, kernelSize);
        register_buffer("time", time);
        register_buffer("window", window);
    }

    /** [batch, 1, samples] → [batch, filters, frames]. */
    Tensor forward(Tensor waveform) {
        return torch.conv1d(waveform, kernels(), new TensorOptional(), new long[] {stride}, new long[] {0},
            new long[] {1}, 1);
    }

    int stride() {
        return stride;
    }

    int kernelSize() {
        return kernelSize;
    }

    /** The filters as convolution weights [filters, 1, kernelSize]. */
    Tensor kernels() {
        Tensor low = lowHz.abs().add(new Scalar(MIN_LOW_HZ));
        Tensor high = torch.clamp(low.add(new Scalar(MIN_BAND_HZ)).add(bandHz.abs()),
            new ScalarOptional(new Scalar(MIN_LOW_HZ)), new ScalarOptional(new Scalar(sampleRate / 2)));
        Tensor band = high.sub(low);
        Tensor upper = torch.sinc(high.mul(time).mul(new Scalar(2.0))).mul(high.mul(new Scalar(2.0)));
        Tensor lower = torch.sinc(low.mul(time).mul(new Scalar(2.0))).mul(low.mul(new Scalar(2.0)));
        // Dividing by the centre value 2·(high − low) gives every filter a unit peak.
        Tensor bandPass = upper.sub(lower).div(band.mul(new Scalar(2.0))).mul(window);
        return bandPass.view(filters, 1, kernelSize);
    }

    private static double toMel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double toHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
