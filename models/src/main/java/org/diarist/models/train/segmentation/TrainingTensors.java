package org.diarist.models.train.segmentation;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;

/** Copies Java arrays into tensors that own their memory. */
final class TrainingTensors {

    private TrainingTensors() {
    }

    static Tensor floats(float[] values, long... shape) {
        try (FloatPointer pointer = new FloatPointer(values)) {
            return torch.from_blob(pointer, shape).clone();
        }
    }
}
