package org.diarist.engine.torch;

import org.bytedeco.pytorch.global.torch;

/** Child-process entry point of {@link TorchRuntimeTest#loadsFromAnEmptyNativeCache}. */
public final class TorchSmokeMain {

    private TorchSmokeMain() {
    }

    public static void main(String[] args) {
        TorchRuntime.ensureLoaded();
        System.out.println("sum=" + torch.ones(2, 3).sum().item_float());
    }
}
