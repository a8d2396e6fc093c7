package org.diarist.models.train.segmentation;

import java.time.Duration;

/**
 * Hyper-parameters of segmentation training. The learning rate warms up linearly, then follows a cosine decay
 * to a tenth of its peak at {@code steps}; {@code timeBudget} stops earlier (with a checkpoint) when it runs out.
 */
public record SegmentationTrainingConfig(
    int steps,
    int batchSize,
    double learningRate,
    int warmupSteps,
    double weightDecay,
    double gradientClip,
    long seed,
    Duration timeBudget,
    Duration checkpointEvery) {

    public static SegmentationTrainingConfig defaults() {
        return new SegmentationTrainingConfig(2000, 8, 1e-3, 100, 1e-2, 5.0, 1234, Duration.ofMinutes(55),
            Duration.ofMinutes(3));
    }

    public SegmentationTrainingConfig {
        if (steps <= 0 || batchSize <= 0 || learningRate <= 0 || warmupSteps < 0 || weightDecay < 0
            || gradientClip <= 0 || timeBudget.isNegative() || checkpointEvery.isNegative()) {
            throw new IllegalArgumentException("invalid training configuration: " + this);
        }
    }

    public SegmentationTrainingConfig withSteps(int newSteps) {
        return new SegmentationTrainingConfig(newSteps, batchSize, learningRate, warmupSteps, weightDecay,
            gradientClip, seed, timeBudget, checkpointEvery);
    }

    /** Learning rate at a step: linear warm-up, then cosine decay from the peak to a tenth of it. */
    public double learningRateAt(int step) {
        if (step < warmupSteps) {
            return learningRate * (step + 1) / warmupSteps;
        }
        double progress = Math.min(1.0, (step - warmupSteps) / (double) Math.max(1, steps - warmupSteps));
        return learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
