package org.diarist.models.train.embedding;

import org.diarist.models.augment.SpeedPerturbation;

import java.util.Random;

/**
 * Draws the crops of one training step. Clips are picked in proportion to their duration, the crop start
 * uniformly inside the clip (clips shorter than the crop wrap around, as WeSpeaker repeats them). With speed
 * perturbation, each crop is played at 0.9, 1.0 or 1.1 times its speed by resampling, and each speed of a
 * speaker is its own class (speed shifts the pitch, so it makes a new voice). A batch depends only on the seed
 * and the step number, so a resumed run sees the same batches.
 */
public final class CropSampler {

    private static final double[] SPEEDS = {1.0, 0.9, 1.1};
    private static final int SAMPLE_RATE = 16000;

    private final TrainingAudio audio;
    private final EmbeddingTrainingConfig config;
    private final CropAugmentation augmentation;

    public CropSampler(TrainingAudio audio, EmbeddingTrainingConfig config, CropAugmentation augmentation) {
        this.audio = audio;
        this.config = config;
        this.augmentation = augmentation;
    }

    /** Classes the head must tell apart. */
    public int classCount() {
        return audio.speakers().size() * speedCount();
    }

    private int speedCount() {
        return config.speedPerturbation() ? SPEEDS.length : 1;
    }

    public TrainingBatch batch(long step) {
        Random random = new Random(config.seed() * 0x9E3779B97F4A7C15L + step * 0xBF58476D1CE4E5B9L + 17);
        double seconds = config.minCropSeconds() + random.nextDouble() * (config.maxCropSeconds() - config.minCropSeconds());
        int samples = (int) Math.round(seconds * 100) * (SAMPLE_RATE / 100);
        float[][] waveforms = new float[config.batchSize()][];
        long[] labels = new long[config.batchSize()];
        for (int b = 0; b < waveforms.length; b++) {
            int clip = audio.clipAtSample((long) (random.nextDouble() * audio.totalSamples()));
            int speed = random.nextInt(speedCount());
            labels[b] = (long) audio.speakerOf(clip) * speedCount() + speed;
            float[] crop = crop(clip, samples, SPEEDS[speed], random);
            waveforms[b] = augmentation.apply(crop, random);
        }
        return new TrainingBatch(waveforms, labels);
    }

    private float[] crop(int clip, int samples, double speed, Random random) {
        // Playing at speed f needs f times as many source samples; a little extra feeds the resampler's edges.
        int needed = speed == 1.0 ? samples : (int) Math.ceil(samples * speed) + 32;
        int length = audio.length(clip);
        int offset = length > needed ? random.nextInt(length - needed + 1) : random.nextInt(length);
        float[] source = new float[needed];
        audio.copy(clip, offset, source, 0, needed);
        if (speed == 1.0) {
            return source;
        }
        float[] played = SpeedPerturbation.apply(source, SAMPLE_RATE, speed);
        float[] crop = new float[samples];
        System.arraycopy(played, 0, crop, 0, Math.min(samples, played.length));
        return crop;
    }
}
