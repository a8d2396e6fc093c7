package org.diarist.models.train.embedding;

/** Equal-length crops [batch][samples] and their class labels (speaker × speed). */
public record TrainingBatch(float[][] waveforms, long[] labels) {
}
