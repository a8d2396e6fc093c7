package org.diarist.models.train.segmentation;

/**
 * One training example: a window of 16 kHz audio and, per output frame, the bit mask of the local speakers
 * active at that frame's centre (bit i = speaker i).
 */
public record TrainingChunk(float[] audio, int[] frameSpeakerMasks) {
}
