package org.diarist.engine.torch;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;

import java.util.Arrays;
import java.util.function.Supplier;

/** Copies between Java arrays and libtorch tensors, and hands tensors out of a per-call {@link PointerScope}. */
public final class Tensors {

    private Tensors() {
    }

    /** A new float32 CPU tensor of {@code shape} holding a copy of {@code data}. */
    public static Tensor fromArray(float[] data, long... shape) {
        TorchRuntime.ensureLoaded();
        long count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        if (count != data.length) {
            throw new IllegalArgumentException(data.length + " values do not fill shape " + Arrays.toString(shape));
        }
        Tensor tensor = torch.empty(shape);
        try (FloatPointer target = tensor.data_ptr_float()) {
            target.put(data);
        }
        return tensor;
    }

    /** A new float32 CPU tensor [rows, columns] from rows of equal length. */
    public static Tensor fromRows(float[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows");
        }
        int columns = rows[0].length;
        float[] flat = new float[Math.multiplyExact(rows.length, columns)];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, row 0 has " + columns);
            }
            System.arraycopy(rows[r], 0, flat, r * columns, columns);
        }
        return fromArray(flat, rows.length, columns);
    }

    /** All values of a float tensor (any device, any layout) in row-major order. */
    public static float[] toArray(Tensor tensor) {
        try (PointerScope ignored = new PointerScope()) {
            Tensor cpu = tensor.to(torch.ScalarType.Float).cpu().contiguous();
            float[] values = new float[Math.toIntExact(cpu.numel())];
            if (values.length > 0) { // an empty tensor has no storage to read
                cpu.data_ptr_float().get(values);
            }
            return values;
        }
    }

    /** A float tensor [a, b, c] as nested Java arrays. */
    public static float[][][] toArray3d(Tensor tensor) {
        long[] shape = shape(tensor);
        if (shape.length != 3) {
            throw new IllegalArgumentException("expected a 3-d tensor, got " + Arrays.toString(shape));
        }
        float[] flat = toArray(tensor);
        int a = (int) shape[0];
        int b = (int) shape[1];
        int c = (int) shape[2];
        float[][][] out = new float[a][b][c];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                System.arraycopy(flat, (i * b + j) * c, out[i][j], 0, c);
            }
        }
        return out;
    }

    public static long[] shape(Tensor tensor) {
        long[] shape = new long[(int) tensor.dim()];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = tensor.size(d);
        }
        return shape;
    }

    /**
     * Runs {@code work} in its own {@link PointerScope}, so every temporary it creates is freed on return, and hands
     * back its result alive: owned by the caller's scope when there is one, else by the caller (close it).
     */
    public static <T extends Pointer> T scoped(Supplier<T> work) {
        T result;
        try (PointerScope ignored = new PointerScope()) {
            result = work.get();
            result.retainReference();
        }
        PointerScope outer = PointerScope.getInnerScope();
        if (outer != null) {
            outer.attach(result);
            result.releaseReference();
        }
        return result;
    }
}
