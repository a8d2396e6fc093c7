package org.diarist.models.catalog;

/** What a model does in the pipeline. */
public enum ModelKind {
    VAD("vad"),
    SEGMENTATION("segmentation"),
    EMBEDDING("embedding");

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    /** The name used in the catalog and printed by the CLI. */
    public String id() {
        return id;
    }

    static ModelKind fromId(String id) {
        return CatalogIds.find(values(), ModelKind::id, id, "kind");
    }
}
