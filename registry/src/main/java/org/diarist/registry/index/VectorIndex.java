package org.diarist.registry.index;

import java.util.List;

/**
 * Nearest-neighbour search over unit vectors addressed by dense {@code int} ordinals (0, 1, 2, ... in the order
 * they were added). What an ordinal stands for is the caller's business.
 */
public interface VectorIndex {

    int size();

    int dimension();

    /** Appends a unit vector; it gets the ordinal {@link #size()} had before the call. */
    void add(float[] unitVector);

    /** Up to {@code k} neighbours of a unit query, best first. */
    List<Neighbor> search(float[] unitQuery, int k);
}
