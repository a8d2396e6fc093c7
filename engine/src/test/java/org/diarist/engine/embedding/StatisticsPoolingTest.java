package org.diarist.engine.embedding;

import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsPoolingTest {

    @Test
    void maskedFramesDoNotChangeTheStatisticsAtAll() {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(3);
        Tensor x = torch.randn(2, 4, 10);
        Tensor mask = torch.ones(2, 10);
        // Item 0 keeps frames 0-5, item 1 keeps every other frame.
        mask.narrow(1, 6, 4).select(0, 0).fill_(new Scalar(0.0));
        for (int t = 1; t < 10; t += 2) {
            mask.select(0, 1).select(0, t).fill_(new Scalar(0.0));
        }
        Tensor pooled = StatisticsPooling.meanAndStd(x, mask);

        // Garbage, even NaN and infinity, where the mask is 0.
        Tensor garbage = torch.where(mask.unsqueeze(1).gt(new Scalar(0.5)), x,
            torch.full_like(x, new Scalar(Float.NaN)));
        garbage.select(0, 1).select(1, 1).fill_(new Scalar(Double.POSITIVE_INFINITY));
        Tensor again = StatisticsPooling.meanAndStd(garbage, mask);
        assertTrue(torch.equal(pooled, again), "masked frames leaked into the statistics");
    }

    @Test
    void equalsPlainStatisticsOverTheKeptFrames() {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(4);
        Tensor x = torch.randn(1, 3, 8);
        Tensor mask = torch.zeros(1, 8);
        mask.narrow(1, 2, 5).fill_(new Scalar(1.0));
        Tensor pooled = StatisticsPooling.meanAndStd(x, mask);
        Tensor kept = x.narrow(2, 2, 5);
        Tensor mean = kept.mean(2);
        Tensor std = kept.sub(mean.unsqueeze(2)).pow(new Scalar(2)).mean(2).sqrt();
        Tensor expected = torch.cat(new org.bytedeco.pytorch.TensorVector(mean, std), 1);
        assertTrue(torch.allclose(pooled, expected, 1e-5, 1e-6, false), "not the statistics of the kept frames");
        assertEquals(6, pooled.size(1));
    }
}
