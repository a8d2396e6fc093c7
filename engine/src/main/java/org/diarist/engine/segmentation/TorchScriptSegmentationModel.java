package org.diarist.engine.segmentation;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.ModelContract;
import org.diarist.engine.torch.ShapeSpec;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchScriptModule;

import java.nio.file.Path;
import java.util.Map;

/**
 * A TorchScript export of pyannote segmentation-3.0, or anything with its contract: [batch, 1, 160000] waveform
 * at 16 kHz in, [batch, 589, 7] powerset log-probabilities out, one frame per 270 samples over 991 samples.
 */
public final class TorchScriptSegmentationModel implements SegmentationModel {

    /** The frame grid and powerset layout of pyannote segmentation-3.0. */
    public static final SegmentationSpecification PYANNOTE_3 =
        new SegmentationSpecification(16000, 160000, 589, 270, 991, new Powerset(3, 2));

    private final TorchScriptModule module;
    private final SegmentationSpecification specification;

    private TorchScriptSegmentationModel(TorchScriptModule module, SegmentationSpecification specification) {
        this.module = module;
        this.specification = specification;
    }

    /** Loads the export and checks its contract with a dry run; a mismatch is reported as bad input. */
    public static TorchScriptSegmentationModel load(Path file, ComputeDevice device) {
        SegmentationSpecification spec = PYANNOTE_3;
        ModelContract contract = ModelContract.of(
            ShapeSpec.of("B", 1, spec.windowSamples()), Map.of("B", 2L),
            ShapeSpec.of("B", spec.frames(), spec.powerset().classes()));
        return new TorchScriptSegmentationModel(TorchScriptModule.load(file, device, contract), spec);
    }

    @Override
    public SegmentationSpecification specification() {
        return specification;
    }

    @Override
    public float[][][] forward(float[][] windows) {
        try (PointerScope scope = new PointerScope()) {
            Tensor input = Tensors.fromRows(windows).view(windows.length, 1, specification.windowSamples())
                .to(module.device().toNative(), org.bytedeco.pytorch.global.torch.ScalarType.Float);
            return Tensors.toArray3d(module.forward(input));
        }
    }

    @Override
    public void close() {
        module.close();
    }
}
