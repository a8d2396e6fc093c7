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

    /** The score of {@code unitQuery} against the unit vector stored at {@code offset} of a flat array. */
    static float dot(float[] flat, int offset, float[] unitQuery) {
        float sum = 0;
        for (int i = 0; i < unitQuery.length; i++) {
            sum += flat[offset + i] * unitQuery[i];
        }
        return sum;
    }

    static float toDistance(float score) {
        return 1 - score;
    }

    static float fromDistance(float distance) {
        return 1 - distance;
    }
}
