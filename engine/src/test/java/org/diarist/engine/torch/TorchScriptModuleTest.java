package org.diarist.engine.torch;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.JitModule;
import org.bytedeco.pytorch.QualifiedName;
import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TorchScriptModuleTest {

    @TempDir
    static Path folder;
    static Path model;

    /** A scripted module written by libtorch itself: [B, T] -> [B, T / 2, 3], plus a stateful counter. */
    @BeforeAll
    static void writeModel() {
        TorchRuntime.ensureLoaded();
        model = folder.resolve("model.pt");
        try (PointerScope ignored = new PointerScope()) {
            JitModule module = new JitModule(new QualifiedName("Toy"));
            module.register_buffer("calls", org.bytedeco.pytorch.global.torch.zeros(1));
            module.define("""
                def forward(self, x, scale: int):
                    self.calls += 1
                    return x.reshape(x.shape[0], -1, 2).sum(-1, keepdim=True).repeat(1, 1, 3) * scale
                def pair(self, x):
                    return x + 1, x * 2
                def reset(self):
                    self.calls.zero_()
                def count(self):
                    return self.calls
                """);
            module.save(model.toString());
        }
    }

    @Test
    void runsForwardAndNamedMethods() {
        try (PointerScope ignored = new PointerScope();
             TorchScriptModule module = TorchScriptModule.load(model, ComputeDevice.CPU)) {
            Tensor out = module.forward(Tensors.fromArray(new float[] {1, 2, 3, 4}, 1, 4), 10);
            assertArrayEquals(new long[] {1, 2, 3}, Tensors.shape(out));
            assertArrayEquals(new float[] {30, 30, 30, 70, 70, 70}, Tensors.toArray(out));
            assertEquals(1f, Tensors.toArray(module.call("count"))[0]);
            module.run("reset");
            assertEquals(0f, Tensors.toArray(module.call("count"))[0]);

            List<Tensor> pair = module.callForTensors("pair", Tensors.fromArray(new float[] {1}, 1));
            assertEquals(2, pair.size());
            assertEquals(2f, Tensors.toArray(pair.get(0))[0]);
            assertEquals(2f, Tensors.toArray(pair.get(1))[0]);
            assertTrue(module.hasMethod("reset"));
            assertFalse(module.hasMethod("no_such_method"));
        }
    }

    @Test
    void dryRunAcceptsAModelThatHonoursItsContract() {
        ModelContract contract = new ModelContract(List.of(ShapeSpec.of("B", 16000), 1),
            Map.of("B", 2L), ShapeSpec.of("B", 8000, 3));
        assertDoesNotThrow(() -> TorchScriptModule.load(model, ComputeDevice.CPU, contract).close());
    }

    @Test
    void dryRunNamesTheFileAndTheShapes() {
        ModelContract contract = new ModelContract(List.of(ShapeSpec.of("B", 1178), 1),
            Map.of("B", 2L), ShapeSpec.of("B", 589, 7));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> TorchScriptModule.load(model, ComputeDevice.CPU, contract));
        assertEquals(model + ": expected output [B, 589, 7], got [2, 589, 3]", e.getMessage());
    }

    @Test
    void dryRunFailureIsAnInputError() {
        ModelContract contract = new ModelContract(List.of(ShapeSpec.of("B", 3), 1),
            Map.of("B", 2L), ShapeSpec.of("B", 1, 3));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> TorchScriptModule.load(model, ComputeDevice.CPU, contract));
        assertEquals(model + ": dry run with input [2, 3] failed: "
            + "RuntimeError: shape '[2, -1, 2]' is invalid for input of size 6", e.getMessage());
    }

    @Test
    void missingAndCorruptFilesAreInputErrors(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.pt");
        assertEquals(missing + ": no such model file",
            assertThrows(InvalidInputException.class, () -> TorchScriptModule.load(missing, ComputeDevice.CPU)).getMessage());
        Path corrupt = Files.writeString(dir.resolve("corrupt.pt"), "not a zip archive");
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> TorchScriptModule.load(corrupt, ComputeDevice.CPU));
        assertTrue(e.getMessage().startsWith(corrupt + ": not a loadable TorchScript archive"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseFails() {
        TorchScriptModule module = TorchScriptModule.load(model, ComputeDevice.CPU);
        module.close();
        assertDoesNotThrow(module::close);
        assertThrows(IllegalStateException.class, () -> module.call("count"));
    }

    @Test
    void returnedTensorsOutliveTheCallAndTemporariesDoNot() {
        try (TorchScriptModule module = TorchScriptModule.load(model, ComputeDevice.CPU)) {
            Tensor out;
            try (PointerScope outer = new PointerScope()) {
                out = module.forward(Tensors.fromArray(new float[] {1, 1}, 1, 2), 1);
                assertEquals(6f, Tensors.toArray(out)[0] * 3);
            }
            assertTrue(out.isNull(), "the caller's scope owns and frees the result");
        }
    }
}
