package org.diarist.registry.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Scores the query against every stored vector. Exact, and for a few thousand vectors faster than building a graph;
 * it is also the oracle the approximate index is tested against.
 */
public final class ExactVectorIndex implements VectorIndex {

    private final int dimension;
    private float[] flat;
    private int size;

    public ExactVectorIndex(int dimension, int expectedSize) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive: " + dimension);
        }
        this.dimension = dimension;
        this.flat = new float[dimension * Math.max(1, expectedSize)];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void add(float[] unitVector) {
        checkDimension(unitVector);
        if ((size + 1) * dimension > flat.length) {
            flat = Arrays.copyOf(flat, Math.max(flat.length * 2, (size + 1) * dimension));
        }
        System.arraycopy(unitVector, 0, flat, size * dimension, dimension);
        size++;
    }

    /** A copy of the unit vector stored at {@code ordinal}. */
    public float[] vector(int ordinal) {
        if (ordinal < 0 || ordinal >= size) {
            throw new IndexOutOfBoundsException(ordinal);
        }
        return Arrays.copyOfRange(flat, ordinal * dimension, (ordinal + 1) * dimension);
    }

    @Override
    public List<Neighbor> search(float[] unitQuery, int k) {
        checkDimension(unitQuery);
        if (k <= 0 || size == 0) {
            return List.of();
        }
        // A min-heap of the best k so far: its head is the one to beat.
        PriorityQueue<Neighbor> best = new PriorityQueue<>(k + 1, ExactVectorIndex::compareWorstFirst);
        for (int ordinal = 0; ordinal < size; ordinal++) {
            float score = CosineSimilarity.dot(flat, ordinal * dimension, unitQuery);
            if (best.size() < k) {
                best.add(new Neighbor(ordinal, score));
            } else if (score > best.peek().score()) {
                best.poll();
                best.add(new Neighbor(ordinal, score));
            }
        }
        List<Neighbor> result = new ArrayList<>(best);
        result.sort(Collections.reverseOrder(ExactVectorIndex::compareWorstFirst));
        return result;
    }

    /** Lower score first; among equal scores the higher ordinal counts as worse, so ties resolve to the oldest. */
    private static int compareWorstFirst(Neighbor a, Neighbor b) {
        int byScore = Float.compare(a.score(), b.score());
        return byScore != 0 ? byScore : Integer.compare(b.ordinal(), a.ordinal());
    }

    private void checkDimension(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("expected a " + dimension + "-D vector, got " + vector.length + "-D");
        }
    }
}
