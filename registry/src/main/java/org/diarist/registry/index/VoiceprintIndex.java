package org.diarist.registry.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The searchable copy of a registry's voiceprints: a {@link VectorIndex} over ordinals, the voiceprint id of each
 * ordinal, and the point of the database's history it reflects ({@code generation}, and the highest voiceprint id
 * read, so newer rows can be appended without a rebuild). Below {@code exactBelow} vectors it searches exactly;
 * when it grows past that it switches to an HNSW graph.
 */
public final class VoiceprintIndex {

    private final String registryId;
    private final String modelId;
    private final int dimension;
    private final HnswParameters parameters;
    private final int exactBelow;
    private final int buildThreads;
    private VectorIndex vectors;
    private long[] voiceprintIds;
    private long generation;
    private long maxVoiceprintId;

    VoiceprintIndex(String registryId, String modelId, VectorIndex vectors, long[] voiceprintIds, long generation, long maxVoiceprintId,
                    HnswParameters parameters, int exactBelow, int buildThreads) {
        if (vectors.size() != voiceprintIds.length) {
            throw new IllegalArgumentException(vectors.size() + " vectors but " + voiceprintIds.length + " ids");
        }
        this.registryId = registryId;
        this.modelId = modelId;
        this.dimension = vectors.dimension();
        this.vectors = vectors;
        this.voiceprintIds = voiceprintIds;
        this.generation = generation;
        this.maxVoiceprintId = maxVoiceprintId;
        this.parameters = parameters;
        this.exactBelow = exactBelow;
        this.buildThreads = buildThreads;
    }

    /** An empty index that will search exactly until it holds {@code exactBelow} vectors. */
    public static VoiceprintIndex empty(String registryId, String modelId, int dimension, HnswParameters parameters,
                                        int exactBelow, int buildThreads) {
        return new VoiceprintIndex(registryId, modelId, new ExactVectorIndex(dimension, 1024), new long[0], 0, 0,
            parameters, exactBelow, buildThreads);
    }

    /** The id of the registry this index was built from: a file copied from another registry is never used. */
    /**
     * An index over {@code vectors} (unit vectors, ordinal i standing for {@code voiceprintIds[i]}, ids increasing),
     * reflecting {@code generation}: exact below {@code exactBelow} vectors, otherwise a graph built by
     * {@code buildThreads} threads at once.
     */
    public static VoiceprintIndex fromVectors(String registryId, String modelId, ExactVectorIndex vectors,
                                              long[] voiceprintIds, long generation, HnswParameters parameters,
                                              int exactBelow, int buildThreads) {
        long[] ids = Arrays.copyOf(voiceprintIds, vectors.size());
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException("voiceprint ids must increase: " + ids[i - 1] + ", " + ids[i]);
            }
        }
        VectorIndex searchable = vectors.size() >= exactBelow
            ? HnswVectorIndex.build(vectors, parameters, buildThreads) : vectors;
        return new VoiceprintIndex(registryId, modelId, searchable, ids, generation,
            ids.length == 0 ? 0 : ids[ids.length - 1], parameters, exactBelow, buildThreads);
    }

    public String registryId() {
        return registryId;
    }

    public String modelId() {
        return modelId;
    }

    public int dimension() {
        return dimension;
    }

    public int size() {
        return vectors.size();
    }

    public long generation() {
        return generation;
    }

    public long maxVoiceprintId() {
        return maxVoiceprintId;
    }

    public boolean approximate() {
        return vectors instanceof HnswVectorIndex;
    }

    VectorIndex vectors() {
        return vectors;
    }

    long[] voiceprintIds() {
        return Arrays.copyOf(voiceprintIds, vectors.size());
    }

    /** Sets how many candidates a graph search keeps (HNSW's ef); exact search ignores it. */
    public synchronized void setSearchBreadth(int ef) {
        if (vectors instanceof HnswVectorIndex graph) {
            graph.setEf(ef);
        }
    }

    /** Appends a voiceprint read from the database; ids must arrive in increasing order. */
    public synchronized void append(long voiceprintId, float[] vector) {
        if (voiceprintId <= maxVoiceprintId) {
            throw new IllegalArgumentException("voiceprint " + voiceprintId + " is not after " + maxVoiceprintId);
        }
        int ordinal = vectors.size();
        if (ordinal == voiceprintIds.length) {
            voiceprintIds = Arrays.copyOf(voiceprintIds, Math.max(16, ordinal * 2));
        }
        vectors.add(CosineSimilarity.unit(vector));
        voiceprintIds[ordinal] = voiceprintId;
        maxVoiceprintId = voiceprintId;
        if (!approximate() && vectors.size() >= exactBelow) {
            vectors = HnswVectorIndex.build((ExactVectorIndex) vectors, parameters, buildThreads);
        }
    }

    /** Records that the index now reflects the database at {@code generation}. */
    public synchronized void markCurrent(long newGeneration) {
        this.generation = newGeneration;
    }

    /** Up to {@code k} voiceprints nearest to {@code query} (any length; normalised here), best first. */
    public List<VoiceprintHit> search(float[] query, int k) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("expected a " + dimension + "-D vector, got " + query.length + "-D");
        }
        List<Neighbor> neighbors;
        long[] ids;
        synchronized (this) {
            neighbors = vectors.search(CosineSimilarity.unit(query), k);
            ids = voiceprintIds;
        }
        List<VoiceprintHit> hits = new ArrayList<>(neighbors.size());
        for (Neighbor neighbor : neighbors) {
            hits.add(new VoiceprintHit(ids[neighbor.ordinal()], neighbor.score()));
        }
        return hits;
    }
}
