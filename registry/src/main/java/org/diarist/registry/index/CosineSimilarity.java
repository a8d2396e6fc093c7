package org.diarist.registry.index;

/**
 * The one place where vectors become scores. Vectors are normalised to unit length when they enter an index, so
 * the cosine similarity is their dot product: a score in [-1, 1], higher is more alike. Graph libraries that want a
 * distance get {@code 1 - score} through {@link #toDistance} and hand it back through {@link #fromDistance}.
 */
public final class CosineSimilarity {

    private CosineSimilarity() {
    }

    /** A unit-length copy of {@code vector}; the vector must not be all zeros. */
    public static float[] unit(float[] vector) {
        double squaredNorm = 0;
        for (float value : vector) {
            squaredNorm += (double) value * value;
        }
        if (squaredNorm == 0) {
            throw new IllegalArgumentException("cannot normalise a zero vector");
        }
        float inverse = (float) (1 / Math.sqrt(squaredNorm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * inverse;
        }
        return unit;
    }

    /** The score of two unit vectors. */
    public static float score(float[] unitA, float[] unitB) {
        return dot(unitA, 0, unitB);
    }

    /**
     * The score of {@code unitQuery} against the unit vector stored at {@code offset} of a flat array. Four
     * independent sums let the CPU pipeline the multiply-adds (the JIT may not reorder one float sum itself);
     * this is where graph building and search spend their time.
     */
    static float dot(float[] flat, int offset, float[] unitQuery) {
        int length = unitQuery.length;
        float sum0 = 0;
        float sum1 = 0;
        float sum2 = 0;
        float sum3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            sum0 += flat[offset + i] * unitQuery[i];
            sum1 += flat[offset + i + 1] * unitQuery[i + 1];
            sum2 += flat[offset + i + 2] * unitQuery[i + 2];
            sum3 += flat[offset + i + 3] * unitQuery[i + 3];
        }
        for (; i < length; i++) {
            sum0 += flat[offset + i] * unitQuery[i];
        }
        return (sum0 + sum1) + (sum2 + sum3);
    }

    static float toDistance(float score) {
        return 1 - score;
    }

    static float fromDistance(float distance) {
        return 1 - distance;
    }
}
