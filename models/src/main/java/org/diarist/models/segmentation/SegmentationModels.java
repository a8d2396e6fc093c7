package org.diarist.models.segmentation;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.segmentation.NativeSegmentationModel;
import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.segmentation.TorchScriptSegmentationModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.catalog.ModelEntry;
import org.diarist.models.catalog.ModelFormat;
import org.diarist.models.catalog.ModelKind;
import org.diarist.models.catalog.ModelStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a segmentation model from what a user types: a catalog name ({@code diarist-segmentation},
 * {@code pyannote-segmentation-3.0}), a native model folder (config.json next to model.safetensors) or its
 * safetensors file, or a TorchScript file with pyannote segmentation-3.0's contract.
 */
public final class SegmentationModels {

    /** The model used when none is named. */
    public static final String DEFAULT = "diarist-segmentation";

    private SegmentationModels() {
    }

    /** Opens a model found through the standard model store. */
    public static SegmentationModel open(String nameOrPath, ComputeDevice device) {
        return open(ModelStore.standard(), nameOrPath, device);
    }

    public static SegmentationModel open(ModelStore store, String nameOrPath, ComputeDevice device) {
        Optional<ModelEntry> entry = store.catalog().find(nameOrPath);
        if (entry.isPresent()) {
            if (entry.get().kind() != ModelKind.SEGMENTATION) {
                throw new InvalidInputException("model " + nameOrPath + " is a " + entry.get().kind()
                    + " model, not a segmentation model");
            }
            Path file = store.resolve(nameOrPath);
            return entry.get().format() == ModelFormat.TORCHSCRIPT
                ? TorchScriptSegmentationModel.load(file, device)
                : NativeSegmentationModel.load(file.toAbsolutePath().getParent(), device);
        }
        Path path = Path.of(nameOrPath);
        if (Files.isDirectory(path)) {
            return NativeSegmentationModel.load(path, device);
        }
        if (Files.isRegularFile(path)) {
            return path.getFileName().toString().endsWith(".safetensors")
                ? NativeSegmentationModel.load(path.toAbsolutePath().getParent(), device)
                : TorchScriptSegmentationModel.load(path, device);
        }
        throw new InvalidInputException(path,
            "no such segmentation model (neither a catalog name, a model folder nor a TorchScript file)");
    }
}
