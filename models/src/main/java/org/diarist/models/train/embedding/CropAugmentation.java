package org.diarist.models.train.embedding;

import java.util.Random;

/** Corrupts one training crop in place-or-copy (noise, reverberation, band-limiting, gain); same length out. */
@FunctionalInterface
public interface CropAugmentation {

    CropAugmentation NONE = (crop, random) -> crop;

    float[] apply(float[] crop, Random random);
}
