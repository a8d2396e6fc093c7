package org.diarist.engine.embedding;

import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;

/**
 * Mean and standard deviation over the frames a mask keeps. Masked frames are replaced by zeros with
 * {@code where} (not multiplied), so even NaN or infinite values there cannot leak into the result.
 */
public final class StatisticsPooling {

    /** Floor of the variance, so silence or a single frame gives a finite std and gradient. */
    private static final double VARIANCE_FLOOR = 1e-5;

    private StatisticsPooling() {
    }

    /** x [B,C,T], mask [B,T] of 0/1 floats → mean [B,C] over kept frames (a row with no kept frame gives 0). */
    public static Tensor maskedMean(Tensor x, Tensor mask) {
        Tensor m = mask.unsqueeze(1);
        Tensor kept = torch.where(m.gt(new Scalar(0.5)), x, torch.zeros_like(x));
        Tensor count = mask.sum(new long[] {1}, true, new org.bytedeco.pytorch.ScalarTypeOptional()).clamp_min(new Scalar(1.0));
        return kept.sum(2).div(count);
    }

    /** x [B,C,T], mask [B,T] → [B,2C]: masked mean then masked std. */
    public static Tensor meanAndStd(Tensor x, Tensor mask) {
        Tensor m = mask.unsqueeze(1).gt(new Scalar(0.5));
        Tensor zeros = torch.zeros_like(x);
        Tensor count = mask.sum(new long[] {1}, true, new org.bytedeco.pytorch.ScalarTypeOptional()).clamp_min(new Scalar(1.0));
        Tensor mean = torch.where(m, x, zeros).sum(2).div(count);
        Tensor centred = torch.where(m, x.sub(mean.unsqueeze(2)), zeros);
        Tensor variance = centred.mul(centred).sum(2).div(count).clamp_min(new Scalar(VARIANCE_FLOOR));
        return torch.cat(new org.bytedeco.pytorch.TensorVector(mean, variance.sqrt()), 1);
    }
}
