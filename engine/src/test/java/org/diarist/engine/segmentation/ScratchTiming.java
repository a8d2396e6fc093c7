package org.diarist.engine.segmentation;

import org.bytedeco.pytorch.*;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.torch.TorchRuntime;

public class ScratchTiming {
    public static void main(String[] a) {
        TorchRuntime.ensureLoaded();
        for (int layers : new int[]{2, 4}) {
            var cfg = new SegmentationNetworkConfig(16000,160000,80,251,10,60,128,layers,0.3,128,3,2);
            var net = new SegmentationNetwork(cfg);
            net.train(true);
            Tensor x = torch.randn(16, 1, 160000);
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                Tensor y = net.forward(x);
                long t1 = System.nanoTime();
                y.mean().backward();
                long t2 = System.nanoTime();
                System.out.printf("layers=%d fwd=%.2fs bwd=%.2fs%n", layers, (t1-t0)/1e9, (t2-t1)/1e9);
            }
            net.eval();
            try (var g = new NoGradGuard()) {
                long t0 = System.nanoTime();
                net.forward(torch.randn(32, 1, 160000));
                System.out.printf("infer 32 windows: %.2fs%n", (System.nanoTime()-t0)/1e9);
            }
        }
    }
}
