package org.diarist.engine.segmentation;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;

/** Small conversions between Java arrays and tensors used by the segmentation network. */
final class Tensors {

    private Tensors() {
    }

    /** A [n, 1] tensor that owns a copy of the values. */
    static Tensor column(float[] values) {
        return copyOf(values).view(values.length, 1);
    }

    /** A [1, n] tensor that owns a copy of the values. */
    static Tensor row(float[] values) {
        return copyOf(values).view(1, values.length);
    }

    static Tensor copyOf(float[] values) {
        try (FloatPointer pointer = new FloatPointer(values)) {
            return torch.from_blob(pointer, values.length).clone();
        }
    }

    static ScalarOptional scalar(double value) {
        return new ScalarOptional(new Scalar(value));
    }
}
