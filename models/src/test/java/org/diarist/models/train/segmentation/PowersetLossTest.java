package org.diarist.models.train.segmentation;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.segmentation.Powerset;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PowersetLossTest {

    private static final Powerset POWERSET = new Powerset(3, 2);

    @BeforeAll
    static void loadTorch() {
        TorchRuntime.ensureLoaded();
    }

    /** Log-probabilities that put almost all mass on the class of each mask. */
    private static Tensor confident(int[][] masks) {
        int frames = masks[0].length;
        float[] values = new float[masks.length * frames * 7];
        java.util.Arrays.fill(values, (float) Math.log(1e-4));
        for (int b = 0; b < masks.length; b++) {
            for (int f = 0; f < frames; f++) {
                values[(b * frames + f) * 7 + POWERSET.classOf(masks[b][f])] = (float) Math.log(1 - 6e-4);
            }
        }
        return torch.from_blob(new FloatPointer(values), masks.length, frames, 7).clone();
    }

    @Test
    void correctPredictionUnderAnyPermutationHasLowLoss() {
        int[][] predicted = {{0b001, 0b011, 0b010, 0b000}};
        int[][] swapped = {{0b010, 0b011, 0b001, 0b000}};   // speakers 1 and 2 exchanged
        int[][] wrong = {{0b001, 0b001, 0b001, 0b001}};
        PowersetLoss loss = new PowersetLoss(POWERSET);
        Tensor logProbabilities = confident(predicted);
        float same = loss.loss(logProbabilities, predicted).item_float();
        float permuted = loss.loss(logProbabilities, swapped).item_float();
        float different = loss.loss(logProbabilities, wrong).item_float();
        assertEquals(same, permuted, 1e-6);
        assertTrue(same < 0.01, "loss " + same);
        assertTrue(different > 1, "loss " + different);
    }
}
