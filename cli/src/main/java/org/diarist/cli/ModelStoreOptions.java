package org.diarist.cli;

import org.diarist.models.catalog.ModelCatalog;
import org.diarist.models.catalog.ModelSearchPath;
import org.diarist.models.catalog.ModelStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of every command that finds models by name: where to look first, and which catalog to use. */
public final class ModelStoreOptions {

    @Option(names = "--models", paramLabel = "DIR",
        description = "Look for models in DIR first, then $DIARIST_MODELS, ~/.cache/diarist/models, the bundled ones.")
    Path models;

    @Option(names = "--catalog", paramLabel = "FILE",
        description = "Use this model catalog (JSON, same layout as the built-in one) instead of the built-in one.")
    Path catalog;

    /** The store these options describe. */
    public ModelStore store() {
        ModelCatalog modelCatalog = catalog == null ? ModelCatalog.builtIn() : ModelCatalog.fromFile(catalog);
        return new ModelStore(modelCatalog, ModelSearchPath.standard(models));
    }
}
