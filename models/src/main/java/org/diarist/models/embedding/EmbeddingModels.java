package org.diarist.models.embedding;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.embedding.NativeEmbeddingModel;
import org.diarist.engine.embedding.NativeModelConfig;
import org.diarist.engine.embedding.TorchScriptEmbeddingModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.catalog.ModelEntry;
import org.diarist.models.catalog.ModelFormat;
import org.diarist.models.catalog.ModelKind;
import org.diarist.models.catalog.ModelStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens an embedding model from what a user types: a catalog name ({@code diarist-embedding},
 * {@code wespeaker-resnet34}), a native model folder (config.json + model.safetensors), its safetensors file,
 * or a TorchScript file.
 */
public final class EmbeddingModels {

    /** The model used when none is named. */
    public static final String DEFAULT = "diarist-embedding";

    private EmbeddingModels() {
    }

    public static EmbeddingModel open(String nameOrPath, ComputeDevice device) {
        return open(ModelStore.standard(), nameOrPath, device);
    }

    public static EmbeddingModel open(ModelStore store, String nameOrPath, ComputeDevice device) {
        Optional<ModelEntry> entry = store.catalog().find(nameOrPath);
        if (entry.isPresent()) {
            if (entry.get().kind() != ModelKind.EMBEDDING) {
                throw new InvalidInputException("model " + nameOrPath + " is a " + entry.get().kind()
                    + " model, not a speaker-embedding model");
            }
            Path file = store.resolve(nameOrPath);
            return entry.get().format() == ModelFormat.TORCHSCRIPT
                ? TorchScriptEmbeddingModel.load(file, device)
                : NativeEmbeddingModel.load(file.getParent(), device);
        }
        Path path = Path.of(nameOrPath);
        if (Files.isDirectory(path)) {
            return NativeEmbeddingModel.load(path, device);
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path, "no such model (neither a catalog name, a model folder nor a file)");
        }
        if (path.getFileName().toString().endsWith(".safetensors")) {
            Path dir = path.toAbsolutePath().getParent();
            if (!path.getFileName().toString().equals(NativeModelConfig.WEIGHTS_FILE)) {
                throw new InvalidInputException(path, "a native model is a folder with " + NativeModelConfig.CONFIG_FILE
                    + " and " + NativeModelConfig.WEIGHTS_FILE + "; pass the folder");
            }
            return NativeEmbeddingModel.load(dir, device);
        }
        return TorchScriptEmbeddingModel.load(path, device);
    }
}
