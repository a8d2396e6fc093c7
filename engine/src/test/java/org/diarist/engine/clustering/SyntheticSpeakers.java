package org.diarist.engine.clustering;

import java.util.Arrays;
import java.util.Random;

/**
 * Synthetic speaker embeddings on the unit sphere, shaped like real ones: every speaker centre shares a
 * common direction (embeddings of any two voices are mildly correlated), and each embedding is its
 * speaker's centre plus isotropic Gaussian noise, then L2-normalised.
 *
 * <p>With the defaults (D = 192, shared 0.2, spread 0.8) two embeddings of one speaker have cosine
 * similarity about 0.6 and of two speakers about 0.12, like WeSpeaker ResNet34 embeddings of clean speech.
 */
final class SyntheticSpeakers {

    static final int DIMENSION = 192;

    final float[][] embeddings;
    final int[] truth;

    private SyntheticSpeakers(float[][] embeddings, int[] truth) {
        this.embeddings = embeddings;
        this.truth = truth;
    }

    /** Speakers with the given sizes, default shape; items are shuffled so speakers interleave. */
    static SyntheticSpeakers generate(long seed, int... sizes) {
        return generate(seed, 0.2, 0.8, sizes);
    }

    /**
     * @param shared cosine similarity of two speaker centres
     * @param spread norm of the noise relative to the unit centre (within-speaker cosine ~ 1 / (1 + spread^2))
     */
    static SyntheticSpeakers generate(long seed, double shared, double spread, int... sizes) {
        return generate(seed, shared, spread, 1, sizes);
    }

    /**
     * {@code speakers} speakers of {@code size} embeddings, speaker s sharing the common direction of family
     * {@code s % families}, like the voices of one gender: families far apart, each holding distinct voices.
     */
    static SyntheticSpeakers inFamilies(long seed, int families, int speakers, int size) {
        int[] sizes = new int[speakers];
        Arrays.fill(sizes, size);
        return generate(seed, 0.2, 0.8, families, sizes);
    }

    private static SyntheticSpeakers generate(long seed, double shared, double spread, int families, int... sizes) {
        Random random = new Random(seed);
        double[][] commons = new double[families][];
        for (int f = 0; f < families; f++) {
            commons[f] = randomUnit(random);
        }
        int n = Arrays.stream(sizes).sum();
        float[][] embeddings = new float[n][];
        int[] truth = new int[n];
        int[] order = shuffledIndices(n, random);
        int next = 0;
        for (int s = 0; s < sizes.length; s++) {
            double[] common = commons[s % families];
            double[] own = randomUnit(random);
            double[] centre = new double[DIMENSION];
            for (int j = 0; j < DIMENSION; j++) {
                centre[j] = Math.sqrt(shared) * common[j] + Math.sqrt(1 - shared) * own[j];
            }
            for (int i = 0; i < sizes[s]; i++) {
                float[] x = new float[DIMENSION];
                for (int j = 0; j < DIMENSION; j++) {
                    x[j] = (float) (centre[j] + spread * random.nextGaussian() / Math.sqrt(DIMENSION));
                }
                int slot = order[next++];
                embeddings[slot] = x;
                truth[slot] = s;
            }
        }
        return new SyntheticSpeakers(embeddings, truth);
    }

    private static int[] shuffledIndices(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static double[] randomUnit(Random random) {
        double[] v = new double[DIMENSION];
        double norm = 0;
        for (int j = 0; j < DIMENSION; j++) {
            v[j] = random.nextGaussian();
            norm += v[j] * v[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < DIMENSION; j++) {
            v[j] /= norm;
        }
        return v;
    }

    /** Adjusted Rand index (Hubert and Arabie 1985): 1 for identical partitions, about 0 for random ones. */
    static double adjustedRandIndex(int[] a, int[] b) {
        int n = a.length;
        int ka = Arrays.stream(a).max().orElse(-1) + 1;
        int kb = Arrays.stream(b).max().orElse(-1) + 1;
        long[][] table = new long[ka][kb];
        long[] rows = new long[ka];
        long[] cols = new long[kb];
        for (int i = 0; i < n; i++) {
            table[a[i]][b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }
        double index = 0;
        for (long[] row : table) {
            for (long cell : row) {
                index += pairs(cell);
            }
        }
        double rowPairs = Arrays.stream(rows).mapToDouble(SyntheticSpeakers::pairs).sum();
        double colPairs = Arrays.stream(cols).mapToDouble(SyntheticSpeakers::pairs).sum();
        double expected = rowPairs * colPairs / pairs(n);
        double maximum = (rowPairs + colPairs) / 2;
        return maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
    }

    /** Fraction of items whose cluster's majority true label is their own. */
    static double purity(int[] predicted, int[] truth) {
        int k = Arrays.stream(predicted).max().orElse(-1) + 1;
        int s = Arrays.stream(truth).max().orElse(-1) + 1;
        int[][] counts = new int[k][s];
        for (int i = 0; i < predicted.length; i++) {
            counts[predicted[i]][truth[i]]++;
        }
        int correct = 0;
        for (int[] row : counts) {
            correct += Arrays.stream(row).max().orElse(0);
        }
        return predicted.length == 0 ? 1.0 : (double) correct / predicted.length;
    }

    private static double pairs(long count) {
        return count * (count - 1) / 2.0;
    }
}
