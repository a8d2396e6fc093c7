package org.diarist.registry;

import org.diarist.engine.InvalidInputException;

import java.util.Arrays;
import java.util.Objects;

/**
 * A speaker embedding: the vector an embedding model produced, and the id of that model. Vectors of different
 * models live in different spaces, so the registry refuses to compare them.
 */
public record Embedding(String modelId, float[] vector) {

    public Embedding {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(vector, "vector");
        if (modelId.isBlank()) {
            throw new InvalidInputException("embedding: the model id is empty");
        }
        if (vector.length == 0) {
            throw new InvalidInputException("embedding of " + modelId + ": the vector is empty");
        }
        double squaredNorm = 0;
        for (float value : vector) {
            if (!Float.isFinite(value)) {
                throw new InvalidInputException("embedding of " + modelId + ": the vector holds " + value);
            }
            squaredNorm += (double) value * value;
        }
        if (squaredNorm == 0) {
            throw new InvalidInputException("embedding of " + modelId + ": the vector is all zeros");
        }
        vector = vector.clone();
    }

    public int dimension() {
        return vector.length;
    }

    /** A copy of the vector; the record keeps its own. */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    /** The space this embedding lives in. */
    public EmbeddingSpace space() {
        return new EmbeddingSpace(modelId, vector.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && modelId.equals(that.modelId) && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return 31 * modelId.hashCode() + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "Embedding[" + modelId + ", " + vector.length + "-D]";
    }
}
