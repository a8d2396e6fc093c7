package org.diarist.registry;

import java.util.SplittableRandom;

/**
 * Synthetic speaker embeddings: speakers are random unit centres in D dimensions, and each embedding of a speaker
 * is its centre plus isotropic Gaussian noise. With noise {@code sigma}, an embedding's expected cosine to its centre
 * is {@code 1/sqrt(1 + D sigma²)} and two embeddings of one speaker score about {@code 1/(1 + D sigma²)}; two
 * speakers' centres score about 0 ± 1/sqrt(D). {@link #forSameSpeakerCosine} picks sigma for a target
 * same-speaker score (real speaker embeddings: about 0.6-0.8 for the same person, 0-0.3 for different ones).
 */
public final class SyntheticVoices {

    private final int dimension;
    private final double sigma;
    private final long seed;

    public SyntheticVoices(int dimension, double sigma, long seed) {
        this.dimension = dimension;
        this.sigma = sigma;
        this.seed = seed;
    }

    /** Noise such that two embeddings of one speaker have about {@code cosine} as their score. */
    public static SyntheticVoices forSameSpeakerCosine(int dimension, double cosine, long seed) {
        return new SyntheticVoices(dimension, Math.sqrt((1 / cosine - 1) / dimension), seed);
    }

    public int dimension() {
        return dimension;
    }

    /** The unit centre of speaker {@code speaker}; the same speaker always has the same centre. */
    public float[] centre(int speaker) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + speaker);
        float[] centre = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            centre[i] = (float) gaussian(random);
            norm += centre[i] * centre[i];
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) {
            centre[i] *= inverse;
        }
        return centre;
    }

    /** Embedding number {@code take} of speaker {@code speaker}: reproducible, different for every take. */
    public float[] sample(int speaker, long take) {
        return sample(centre(speaker), new SplittableRandom((seed * 31 + speaker) * 1_000_000_007L + take));
    }

    /** An embedding around a centre already computed, drawing the noise from {@code random}. */
    public float[] sample(float[] centre, SplittableRandom random) {
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) (centre[i] + sigma * gaussian(random));
        }
        return vector;
    }

    public Embedding embedding(String modelId, int speaker, long take) {
        return new Embedding(modelId, sample(speaker, take));
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
