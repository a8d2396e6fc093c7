package org.diarist.engine.torch;

import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TorchRuntimeTest {

    @Test
    void computesWithLibtorch() {
        TorchRuntime.ensureLoaded();
        try (Tensor ones = torch.ones(3, 4)) {
            assertEquals(12f, ones.sum().item_float());
        }
    }

    @Test
    void threadsCanBeSet() {
        TorchRuntime.setThreads(1);
        assertEquals(1, TorchRuntime.threads());
        TorchRuntime.setThreads(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void cpuBuildReportsNoCuda() {
        // The default build has CPU-only libtorch; a CUDA request must then be an input error, not a crash.
        if (!TorchRuntime.cudaAvailable()) {
            assertEquals(ComputeDevice.CPU, ComputeDevice.AUTO.resolve());
            assertThrows(org.diarist.engine.InvalidInputException.class, () -> ComputeDevice.parse("cuda").resolve());
        }
    }

    @Test
    void parsesDeviceSpellings() {
        assertEquals(ComputeDevice.AUTO, ComputeDevice.parse("auto"));
        assertEquals(ComputeDevice.CPU, ComputeDevice.parse(" CPU "));
        assertEquals(new ComputeDevice(ComputeDevice.Kind.CUDA, 1), ComputeDevice.parse("cuda:1"));
        assertThrows(org.diarist.engine.InvalidInputException.class, () -> ComputeDevice.parse("cuda:-1"));
        assertThrows(org.diarist.engine.InvalidInputException.class, () -> ComputeDevice.parse("tpu"));
    }

    /** Regression: loading from an empty JavaCPP cache must not pick up a system libtorch and crash. */
    @Test
    void loadsFromAnEmptyNativeCache(@TempDir Path emptyCache) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java,
                "-Dorg.bytedeco.javacpp.cachedir=" + emptyCache,
                "-cp", System.getProperty("java.class.path"),
                TorchSmokeMain.class.getName()))
            .redirectErrorStream(true)
            .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finished, "child JVM did not finish: " + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("sum=6.0"), output);
        File[] extracted = emptyCache.toFile().listFiles();
        assertFalse(extracted == null || extracted.length == 0, "natives were not extracted into the given cache");
    }
}
