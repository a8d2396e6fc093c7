package org.diarist.engine.clustering;

/** Validation and arithmetic of embedding rows; every clusterer works on unit-length double rows. */
final class UnitVectors {

    private UnitVectors() {
    }

    /**
     * Checks that all rows share one dimension and are finite and non-zero, and returns them scaled to unit
     * length (as doubles: the eigen-decomposition and centroid sums need the precision).
     */
    static double[][] normalise(float[][] embeddings) {
        if (embeddings == null) {
            throw new IllegalArgumentException("embeddings must not be null");
        }
        int n = embeddings.length;
        double[][] unit = new double[n][];
        int dimension = n == 0 ? 0 : requireRow(embeddings, 0).length;
        if (n > 0 && dimension == 0) {
            throw new IllegalArgumentException("embedding 0 is empty");
        }
        for (int i = 0; i < n; i++) {
            float[] row = requireRow(embeddings, i);
            if (row.length != dimension) {
                throw new IllegalArgumentException("embedding " + i + " has dimension " + row.length
                    + ", expected " + dimension + " like embedding 0");
            }
            double squared = 0;
            double[] copy = new double[dimension];
            for (int j = 0; j < dimension; j++) {
                float value = row[j];
                if (!Float.isFinite(value)) {
                    throw new IllegalArgumentException("embedding " + i + " has a non-finite value at " + j);
                }
                copy[j] = value;
                squared += (double) value * value;
            }
            if (squared == 0) {
                throw new IllegalArgumentException("embedding " + i + " is all zeros and has no direction");
            }
            scale(copy, 1.0 / Math.sqrt(squared));
            unit[i] = copy;
        }
        return unit;
    }

    private static float[] requireRow(float[][] embeddings, int i) {
        if (embeddings[i] == null) {
            throw new IllegalArgumentException("embedding " + i + " is null");
        }
        return embeddings[i];
    }

    /** Dot product with four accumulators, which lets the JIT overlap the multiplications. */
    static double dot(double[] a, double[] b) {
        int length = a.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < length; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Squared Euclidean distance. */
    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            sum += d * d;
        }
        return sum;
    }

    static void scale(double[] v, double factor) {
        for (int j = 0; j < v.length; j++) {
            v[j] *= factor;
        }
    }

    /** Scales {@code v} to unit length in place; a zero vector stays zero. */
    static double[] normaliseInPlace(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            scale(v, 1.0 / norm);
        }
        return v;
    }

    static float[] toFloats(double[] v) {
        float[] out = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = (float) v[j];
        }
        return out;
    }
}
