package org.diarist.registry.index;

/**
 * Parameters of the HNSW graph: {@code m} links per node (twice that on the bottom layer), {@code efConstruction}
 * candidates while inserting, {@code ef} candidates while searching. The defaults were chosen with
 * {@code RegistryScaleReport} on clustered synthetic voiceprints (see benchmarks/README.md).
 */
public record HnswParameters(int m, int efConstruction, int ef) {

    public static final HnswParameters DEFAULT = new HnswParameters(16, 200, 100);

    public HnswParameters {
        if (m < 2 || efConstruction < 1 || ef < 1) {
            throw new IllegalArgumentException("bad HNSW parameters: m=" + m + " efConstruction=" + efConstruction
                + " ef=" + ef);
        }
    }

    public HnswParameters withEf(int newEf) {
        return new HnswParameters(m, efConstruction, newEf);
    }
}
