package org.diarist.registry.index;

import com.github.jelmerk.hnswlib.core.DistanceFunction;
import com.github.jelmerk.hnswlib.core.Item;
import com.github.jelmerk.hnswlib.core.ObjectSerializer;
import com.github.jelmerk.hnswlib.core.SearchResult;
import com.github.jelmerk.hnswlib.core.hnsw.HnswIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate nearest neighbours through an HNSW graph (hnswlib-core). The graph's items are our ordinals; its
 * distance is {@link CosineSimilarity#toDistance} of our score, so the rest of the registry never sees a distance.
 * Level assignment inside hnswlib is random (not seedable), so two builds differ slightly; tests check recall
 * against {@link ExactVectorIndex}, not exact graphs.
 */
public final class HnswVectorIndex implements VectorIndex {

    private static final int INITIAL_CAPACITY = 1024;

    private final HnswIndex<Integer, float[], OrdinalVector, Float> graph;

    private HnswVectorIndex(HnswIndex<Integer, float[], OrdinalVector, Float> graph) {
        this.graph = graph;
    }

    /** An empty graph. */
    public static HnswVectorIndex create(int dimension, HnswParameters parameters, int expectedSize) {
        HnswIndex<Integer, float[], OrdinalVector, Float> graph = HnswIndex
            .newBuilder(dimension, new CosineDistance(), Math.max(INITIAL_CAPACITY, expectedSize))
            .withM(parameters.m())
            .withEfConstruction(parameters.efConstruction())
            .withEf(parameters.ef())
            .withCustomSerializers(new OrdinalSerializer(), new OrdinalVectorSerializer())
            .build();
        return new HnswVectorIndex(graph);
    }

    /** A graph over all vectors of {@code source}, inserted by {@code threads} threads. */
    public static HnswVectorIndex build(ExactVectorIndex source, HnswParameters parameters, int threads) {
        HnswVectorIndex index = create(source.dimension(), parameters, source.size());
        List<OrdinalVector> items = new ArrayList<>(source.size());
        for (int ordinal = 0; ordinal < source.size(); ordinal++) {
            items.add(new OrdinalVector(ordinal, source.vector(ordinal)));
        }
        try {
            index.graph.addAll(items, Math.max(1, threads), (done, max) -> { }, Integer.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the voiceprint index", e);
        }
        return index;
    }

    /** Reads a graph written by {@link #save}; the stream is read to the end of the graph. */
    public static HnswVectorIndex load(InputStream in, int ef) throws IOException {
        HnswIndex<Integer, float[], OrdinalVector, Float> graph =
            HnswIndex.load(in, HnswVectorIndex.class.getClassLoader());
        graph.setEf(ef);
        return new HnswVectorIndex(graph);
    }

    /** Writes the graph; hnswlib closes {@code out} when done. */
    public void save(OutputStream out) throws IOException {
        graph.save(out);
    }

    @Override
    public int size() {
        return graph.size();
    }

    @Override
    public int dimension() {
        return graph.getDimensions();
    }

    public int ef() {
        return graph.getEf();
    }

    /** Changes the search breadth: higher finds more true neighbours and costs more time. */
    public void setEf(int ef) {
        graph.setEf(ef);
    }

    @Override
    public synchronized void add(float[] unitVector) {
        int ordinal = graph.size();
        if (ordinal >= graph.getMaxItemCount()) {
            graph.resize(graph.getMaxItemCount() * 2);
        }
        graph.add(new OrdinalVector(ordinal, unitVector.clone()));
    }

    @Override
    public List<Neighbor> search(float[] unitQuery, int k) {
        if (unitQuery.length != dimension()) {
            throw new IllegalArgumentException("expected a " + dimension() + "-D vector, got " + unitQuery.length + "-D");
        }
        List<SearchResult<OrdinalVector, Float>> found = graph.findNearest(unitQuery, k);
        List<Neighbor> neighbors = new ArrayList<>(found.size());
        for (SearchResult<OrdinalVector, Float> result : found) {
            neighbors.add(new Neighbor(result.item().ordinal(), CosineSimilarity.fromDistance(result.distance())));
        }
        return neighbors;
    }

    /** The graph's item: an ordinal and its unit vector. */
    record OrdinalVector(int ordinal, float[] vector) implements Item<Integer, float[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer id() {
            return ordinal;
        }

        @Override
        public int dimensions() {
            return vector.length;
        }
    }

    /** The cosine distance of unit vectors, defined through {@link CosineSimilarity}. */
    static final class CosineDistance implements DistanceFunction<float[], Float> {
        private static final long serialVersionUID = 1L;

        @Override
        public Float distance(float[] a, float[] b) {
            return CosineSimilarity.toDistance(CosineSimilarity.score(a, b));
        }
    }

    /** Writes ordinals as plain ints instead of Java-serialised Integers. */
    static final class OrdinalSerializer implements ObjectSerializer<Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Integer ordinal, ObjectOutput out) throws IOException {
            out.writeInt(ordinal);
        }

        @Override
        public Integer read(ObjectInput in) throws IOException {
            return in.readInt();
        }
    }

    /** Writes items as an int and raw floats: several times smaller and faster than Java serialisation. */
    static final class OrdinalVectorSerializer implements ObjectSerializer<OrdinalVector> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(OrdinalVector item, ObjectOutput out) throws IOException {
            out.writeInt(item.ordinal());
            out.writeInt(item.vector().length);
            for (float value : item.vector()) {
                out.writeFloat(value);
            }
        }

        @Override
        public OrdinalVector read(ObjectInput in) throws IOException {
            int ordinal = in.readInt();
            int length = in.readInt();
            if (length <= 0 || length > 65_536) {
                throw new IOException("implausible vector length " + length + " in the index file");
            }
            float[] vector = new float[length];
            for (int i = 0; i < length; i++) {
                vector[i] = in.readFloat();
            }
            return new OrdinalVector(ordinal, vector);
        }
    }
}
