package org.diarist.models.catalog;

/** Where a model file comes from, which decides how a user gets it and whether it can be verified. */
public enum ModelOrigin {
    /** Published upstream: the catalog has its URL and sha256, {@code diarist models pull} fetches it. */
    DOWNLOAD("download"),
    /** Exported by the user from a Python model (licence terms forbid redistribution or no stable file exists). */
    USER_EXPORT("user-export"),
    /** Diarist's own weights, shipped in the repository under {@code models/weights/NAME/}. */
    BUNDLED("bundled");

    private final String id;

    ModelOrigin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static ModelOrigin fromId(String id) {
        return CatalogIds.find(values(), ModelOrigin::id, id, "origin");
    }
}
