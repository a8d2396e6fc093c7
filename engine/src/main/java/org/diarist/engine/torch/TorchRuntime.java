package org.diarist.engine.torch;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.pytorch.global.torch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads libtorch's natives once per JVM and owns the process-wide settings libtorch keeps globally
 * (intra-op threads). Every class of Diarist calls {@link #ensureLoaded()} before it touches any
 * {@code org.bytedeco.pytorch} class: their static initialisers load the natives too, without the safeguard below.
 */
public final class TorchRuntime {

    /**
     * Libraries extracted into the JavaCPP cache before anything is loaded. Without this, the first load from
     * an empty cache lets the dynamic linker resolve libjnitorch's dependencies against a system libtorch
     * (Debian's libtorch-dev, pulled in by python3-torch) and the JVM crashes.
     */
    private static final String[] PRE_EXTRACTED = {
        "libgomp.so.1", "libc10.so", "libtorch_cpu.so", "libtorch.so", "libc10_cuda.so", "libtorch_cuda.so"
    };

    private static volatile boolean loaded;

    private TorchRuntime() {
    }

    /** Loads libtorch if it is not loaded yet; cheap after the first call. */
    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (TorchRuntime.class) {
            if (!loaded) {
                preExtractLibraries();
                Loader.load(torch.class);
                loaded = true;
            }
        }
    }

    /** Sets libtorch's intra-op thread count (process-wide in libtorch itself); {@code n <= 0} keeps the default. */
    public static void setThreads(int n) {
        ensureLoaded();
        if (n > 0) {
            torch.set_num_threads(n);
        }
    }

    public static int threads() {
        ensureLoaded();
        return torch.get_num_threads();
    }

    public static boolean cudaAvailable() {
        ensureLoaded();
        return torch.cuda_is_available();
    }

    public static int cudaDeviceCount() {
        ensureLoaded();
        return torch.cuda_is_available() ? torch.cuda_device_count() : 0;
    }

    private static void preExtractLibraries() {
        String platform = Loader.getPlatform();
        for (String folder : new String[] {platform + "-gpu", platform}) {
            for (String library : PRE_EXTRACTED) {
                String resource = "/org/bytedeco/pytorch/" + folder + "/" + library;
                URL url = TorchRuntime.class.getResource(resource);
                if (url != null) {
                    try {
                        Loader.cacheResource(url);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot extract " + resource + " into the JavaCPP cache", e);
                    }
                }
            }
        }
    }
}
