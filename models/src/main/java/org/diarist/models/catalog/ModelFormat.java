package org.diarist.models.catalog;

/** How a model's weights are stored, which decides the loader that reads them. */
public enum ModelFormat {
    /** A TorchScript archive ({@code .pt}/{@code .jit}): one self-contained file. */
    TORCHSCRIPT("torchscript"),
    /** Diarist's own architecture: {@code model.safetensors} with {@code config.json} and {@code MODEL_CARD.md} beside it. */
    NATIVE_SAFETENSORS("native-safetensors");

    private final String id;

    ModelFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the model is a folder of files rather than one file (so it is only found in {@code DIR/NAME/}). */
    public boolean isFolder() {
        return this == NATIVE_SAFETENSORS;
    }

    static ModelFormat fromId(String id) {
        return CatalogIds.find(values(), ModelFormat::id, id, "format");
    }
}
