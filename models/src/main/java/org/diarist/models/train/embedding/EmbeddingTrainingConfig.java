package org.diarist.models.train.embedding;

import org.diarist.engine.embedding.SpeakerNetworkConfig;

/**
 * The training recipe, with its defaults in {@link #defaults()}. The schedule is defined over a fixed number of
 * steps so a run is reproducible; {@code minutes} only serves to choose that number from the first steps' speed.
 *
 * @param steps             optimiser steps (0: derive from {@code minutes})
 * @param minutes           wall-time budget used when {@code steps} is 0
 * @param batchSize         crops per step
 * @param minCropSeconds    shortest crop; each batch draws one length in [min, max]
 * @param maxCropSeconds    longest crop
 * @param peakLearningRate  AdamW learning rate after warm-up
 * @param finalLearningRate learning rate at the last step (exponential decay from the peak)
 * @param warmupFraction    share of the steps with a linear warm-up
 * @param weightDecay       AdamW decoupled weight decay
 * @param scale             additive angular margin softmax scale
 * @param margin            final angular margin (radians)
 * @param marginRampStart   progress at which the margin starts growing from 0
 * @param marginRampEnd     progress at which it reaches {@code margin}
 * @param speedPerturbation 0.9 and 1.1 speed copies of every speaker as extra classes
 * @param augment           noise, reverberation, band-limiting and gain on the crops
 * @param checkpointMinutes how often the resumable checkpoint is written
 * @param seed              seeds crops, augmentation and weight initialisation
 * @param network           shape of the network
 */
public record EmbeddingTrainingConfig(int steps, double minutes, int batchSize, double minCropSeconds,
                                      double maxCropSeconds, double peakLearningRate, double finalLearningRate,
                                      double warmupFraction, double weightDecay, double scale, double margin,
                                      double marginRampStart, double marginRampEnd, boolean speedPerturbation,
                                      boolean augment, double checkpointMinutes, long seed,
                                      SpeakerNetworkConfig network) {

    public static EmbeddingTrainingConfig defaults() {
        return new EmbeddingTrainingConfig(0, 45, 64, 1.5, 2.5, 2e-3, 2e-5, 0.05, 0.01, 32, 0.2, 0.15, 0.5,
            true, true, 3, 1, SpeakerNetworkConfig.DEFAULT);
    }

    public EmbeddingTrainingConfig {
        if (steps < 0 || (steps == 0 && !(minutes > 0))) {
            throw new IllegalArgumentException("give a positive number of steps or minutes");
        }
        if (batchSize < 2 || !(minCropSeconds > 0) || maxCropSeconds < minCropSeconds) {
            throw new IllegalArgumentException("bad batch or crop size");
        }
    }

    public EmbeddingTrainingConfig withSteps(int newSteps) {
        return new EmbeddingTrainingConfig(newSteps, minutes, batchSize, minCropSeconds, maxCropSeconds,
            peakLearningRate, finalLearningRate, warmupFraction, weightDecay, scale, margin, marginRampStart,
            marginRampEnd, speedPerturbation, augment, checkpointMinutes, seed, network);
    }

    public EmbeddingTrainingConfig withBudget(int newSteps, double newMinutes) {
        return new EmbeddingTrainingConfig(newSteps, newMinutes, batchSize, minCropSeconds, maxCropSeconds,
            peakLearningRate, finalLearningRate, warmupFraction, weightDecay, scale, margin, marginRampStart,
            marginRampEnd, speedPerturbation, augment, checkpointMinutes, seed, network);
    }

    public EmbeddingTrainingConfig withSeed(long newSeed) {
        return new EmbeddingTrainingConfig(steps, minutes, batchSize, minCropSeconds, maxCropSeconds,
            peakLearningRate, finalLearningRate, warmupFraction, weightDecay, scale, margin, marginRampStart,
            marginRampEnd, speedPerturbation, augment, checkpointMinutes, newSeed, network);
    }

    public EmbeddingTrainingConfig withCrops(int newBatchSize, double newMin, double newMax) {
        return new EmbeddingTrainingConfig(steps, minutes, newBatchSize, newMin, newMax,
            peakLearningRate, finalLearningRate, warmupFraction, weightDecay, scale, margin, marginRampStart,
            marginRampEnd, speedPerturbation, augment, checkpointMinutes, seed, network);
    }

    public EmbeddingTrainingConfig withNetwork(SpeakerNetworkConfig newNetwork) {
        return new EmbeddingTrainingConfig(steps, minutes, batchSize, minCropSeconds, maxCropSeconds,
            peakLearningRate, finalLearningRate, warmupFraction, weightDecay, scale, margin, marginRampStart,
            marginRampEnd, speedPerturbation, augment, checkpointMinutes, seed, newNetwork);
    }

    public EmbeddingTrainingConfig withAugmentation(boolean newSpeed, boolean newAugment) {
        return new EmbeddingTrainingConfig(steps, minutes, batchSize, minCropSeconds, maxCropSeconds,
            peakLearningRate, finalLearningRate, warmupFraction, weightDecay, scale, margin, marginRampStart,
            marginRampEnd, newSpeed, newAugment, checkpointMinutes, seed, network);
    }

    /** For fine-tuning a trained network: the full margin from the first step. */
    public EmbeddingTrainingConfig forFineTuning() {
        return new EmbeddingTrainingConfig(steps, minutes, batchSize, minCropSeconds, maxCropSeconds,
            peakLearningRate, finalLearningRate, warmupFraction, weightDecay, scale, margin, 0, 1e-9,
            speedPerturbation, augment, checkpointMinutes, seed, network);
    }

    /** Another peak learning rate; the final rate stays below it. */
    public EmbeddingTrainingConfig withPeakLearningRate(double newPeak) {
        return new EmbeddingTrainingConfig(steps, minutes, batchSize, minCropSeconds, maxCropSeconds,
            newPeak, Math.min(finalLearningRate, newPeak / 10), warmupFraction, weightDecay, scale, margin,
            marginRampStart, marginRampEnd, speedPerturbation, augment, checkpointMinutes, seed, network);
    }

    /** Learning rate at {@code progress} in [0,1]: linear warm-up, then exponential decay to the final rate. */
    public double learningRate(double progress) {
        if (progress < warmupFraction) {
            return peakLearningRate * (progress + 1e-3) / warmupFraction;
        }
        double decay = (progress - warmupFraction) / (1 - warmupFraction);
        return peakLearningRate * Math.pow(finalLearningRate / peakLearningRate, Math.min(1, decay));
    }

    /** Angular margin at {@code progress}: 0, then a linear ramp to {@link #margin}. */
    public double marginAt(double progress) {
        if (progress <= marginRampStart) {
            return 0;
        }
        if (progress >= marginRampEnd) {
            return margin;
        }
        return margin * (progress - marginRampStart) / (marginRampEnd - marginRampStart);
    }
}
