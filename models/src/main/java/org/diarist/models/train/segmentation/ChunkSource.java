package org.diarist.models.train.segmentation;

import java.util.SplittableRandom;

/** Draws training windows; all randomness comes from the given generator, so training is reproducible. */
public interface ChunkSource {

    TrainingChunk next(SplittableRandom random);
}
