package org.diarist.registry;

import java.util.Objects;

/** The embedding model a registry holds voiceprints of, and that model's dimension. */
public record EmbeddingSpace(String modelId, int dimension) {

    public EmbeddingSpace {
        Objects.requireNonNull(modelId, "modelId");
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive: " + dimension);
        }
    }

    @Override
    public String toString() {
        return modelId + " (" + dimension + "-D)";
    }
}
