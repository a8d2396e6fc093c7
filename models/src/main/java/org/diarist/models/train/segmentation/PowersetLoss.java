package org.diarist.models.train.segmentation;

import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.segmentation.Powerset;

import java.util.ArrayList;
import java.util.List;

/**
 * Permutation-invariant powerset cross-entropy: local speakers have no fixed order, so each window's loss is
 * the negative log-likelihood under the best of all orderings of its reference speakers.
 */
final class PowersetLoss {

    private final Powerset powerset;
    private final List<int[]> permutations;

    PowersetLoss(Powerset powerset) {
        this.powerset = powerset;
        this.permutations = new ArrayList<>();
        permute(new int[powerset.maxSpeakers()], new boolean[powerset.maxSpeakers()], 0);
    }

    private void permute(int[] current, boolean[] used, int position) {
        if (position == current.length) {
            permutations.add(current.clone());
            return;
        }
        for (int s = 0; s < current.length; s++) {
            if (!used[s]) {
                used[s] = true;
                current[position] = s;
                permute(current, used, position + 1);
                used[s] = false;
            }
        }
    }

    /**
     * @param logProbabilities [batch, frames, classes] network output
     * @param speakerMasks per window and frame, the bit mask of active reference speakers (bit i = speaker i)
     * @return the mean over windows of the best-permutation frame-averaged NLL (a scalar tensor)
     */
    Tensor loss(Tensor logProbabilities, int[][] speakerMasks) {
        int batch = speakerMasks.length;
        int frames = speakerMasks[0].length;
        TensorVector perPermutation = new TensorVector();
        for (int[] permutation : permutations) {
            long[] classes = new long[batch * frames];
            for (int b = 0; b < batch; b++) {
                for (int f = 0; f < frames; f++) {
                    classes[b * frames + f] = powerset.classOf(permuted(speakerMasks[b][f], permutation));
                }
            }
            Tensor target;
            try (LongPointer pointer = new LongPointer(classes)) {
                target = torch.from_blob(pointer, new long[] {batch, frames, 1},
                    new org.bytedeco.pytorch.TensorOptions(torch.ScalarType.Long)).clone();
            }
            Tensor nll = torch.gather(logProbabilities, 2, target).squeeze(2).mean(1).neg();
            perPermutation.push_back(nll);
        }
        Tensor best = torch.stack(perPermutation, 0).min(0).get0();
        return best.mean();
    }

    private static int permuted(int mask, int[] permutation) {
        int result = 0;
        for (int s = 0; s < permutation.length; s++) {
            if ((mask >> s & 1) == 1) {
                result |= 1 << permutation[s];
            }
        }
        return result;
    }
}
