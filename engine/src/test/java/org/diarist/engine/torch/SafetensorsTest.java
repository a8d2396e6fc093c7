package org.diarist.engine.torch;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafetensorsTest {

    @Test
    void roundTripKeepsValuesShapesTypesAndMetadata(@TempDir Path dir) throws IOException {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(7);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("conv.weight", torch.randn(4, 3, 5));
        tensors.put("norm.num_batches_tracked", torch.ones(new long[] {1}).to(torch.ScalarType.Long).mul(
            new org.bytedeco.pytorch.Scalar(12345678901L)).reshape());
        tensors.put("odd", torch.randn(3).to(torch.ScalarType.Double));
        Path file = dir.resolve("m.safetensors");
        Safetensors.write(file, tensors, Map.of("name", "test"));

        Safetensors.Contents read = Safetensors.read(file);
        assertEquals(List.copyOf(tensors.keySet()), List.copyOf(read.tensors().keySet()));
        assertEquals(Map.of("name", "test"), read.metadata());
        for (String name : tensors.keySet()) {
            Tensor expected = tensors.get(name);
            Tensor actual = read.tensors().get(name);
            assertEquals(expected.scalar_type().value, actual.scalar_type().value, name);
            assertArrayEquals(expected.sizes().vec().get(), actual.sizes().vec().get(), name);
            assertTrue(torch.equal(expected, actual), name);
        }
        assertEquals(0, (Files.size(file) - 8 - tensorBytes(tensors)) % 8, "header padded to 8 bytes");
    }

    @Test
    void theSameWeightsAndMetadataGiveTheSameBytesWhateverTheMapOrder(@TempDir Path dir) throws IOException {
        TorchRuntime.ensureLoaded();
        Map<String, Tensor> tensors = Map.of("w", torch.arange(new org.bytedeco.pytorch.Scalar(6)));
        Map<String, String> forwards = new LinkedHashMap<>();
        forwards.put("architecture", "a");
        forwards.put("format", "f");
        Map<String, String> backwards = new LinkedHashMap<>();
        backwards.put("format", "f");
        backwards.put("architecture", "a");
        Safetensors.write(dir.resolve("one.safetensors"), tensors, forwards);
        Safetensors.write(dir.resolve("two.safetensors"), tensors, backwards);

        assertArrayEquals(Files.readAllBytes(dir.resolve("one.safetensors")),
            Files.readAllBytes(dir.resolve("two.safetensors")));
    }

    /** reference.safetensors was written by make_reference_safetensors.py with the reference writer's layout. */
    @Test
    void readsAFileWrittenByPython() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("reference.safetensors").toURI());
        Safetensors.Contents read = Safetensors.read(file);
        assertEquals("pt", read.metadata().get("format"));

        Tensor weight = read.tensors().get("weight");
        assertArrayEquals(new long[] {2, 3}, weight.sizes().vec().get());
        float[] values = new float[6];
        new FloatPointer(weight.data_ptr_float()).capacity(6).get(values);
        assertArrayEquals(new float[] {-0.5f, -0.25f, 0f, 0.25f, 0.5f, 0.75f}, values);

        long[] counts = new long[3];
        new LongPointer(read.tensors().get("counts").data_ptr_long()).capacity(3).get(counts);
        assertArrayEquals(new long[] {1, -2, 3_000_000_000L}, counts);

        Tensor half = read.tensors().get("half").to(torch.ScalarType.Float);
        float[] halves = new float[3];
        new FloatPointer(half.data_ptr_float()).capacity(3).get(halves);
        assertArrayEquals(new float[] {0.5f, -1.25f, 65504f}, halves);

        Tensor scalar = read.tensors().get("scalar");
        assertEquals(0, scalar.dim());
        assertEquals(3.25, scalar.item_double());
    }

    @Test
    void rejectsATruncatedFile(@TempDir Path dir) throws IOException {
        TorchRuntime.ensureLoaded();
        Path file = dir.resolve("t.safetensors");
        Safetensors.write(file, Map.of("w", torch.randn(100)), Map.of());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Safetensors.read(file));
        assertTrue(e.getMessage().contains("t.safetensors"), e.getMessage());

        Files.write(file, new byte[] {1, 2, 3});
        assertThrows(InvalidInputException.class, () -> Safetensors.read(file));
    }

    private static long tensorBytes(Map<String, Tensor> tensors) {
        return tensors.values().stream().mapToLong(Tensor::nbytes).sum();
    }
}
