package org.diarist.engine.segmentation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.audio.WindowSpan;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchRuntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Diarist's own segmentation network, loaded from a model folder: {@code config.json} and {@code model.safetensors}. */
public final class NativeSegmentationModel implements SegmentationModel {

    private final SegmentationNetworkConfig config;
    private final SegmentationSpecification specification;
    private final ComputeDevice device;
    private SegmentationNetwork network;

    private NativeSegmentationModel(SegmentationNetworkConfig config, SegmentationNetwork network,
                                    ComputeDevice device) {
        this.config = config;
        this.specification = SegmentationSpecification.of(config);
        this.network = network;
        this.device = device;
    }

    /** Loads the model folder onto a device (resolved from {@code auto} if needed). */
    public static NativeSegmentationModel load(Path folder, ComputeDevice requested) {
        TorchRuntime.ensureLoaded();
        Path configFile = folder.resolve("config.json");
        Path weights = folder.resolve("model.safetensors");
        if (!Files.isRegularFile(configFile) || !Files.isRegularFile(weights)) {
            throw new InvalidInputException(folder,
                "not a segmentation model folder (needs config.json and model.safetensors)");
        }
        SegmentationNetworkConfig config;
        try {
            config = new ObjectMapper().readValue(configFile.toFile(), SegmentationNetworkConfig.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(configFile, "unreadable segmentation config: " + e.getMessage(), e);
        }
        SegmentationNetwork network = new SegmentationNetwork(config);
        ModuleWeights.load(network, weights);
        return of(config, network, requested);
    }

    /** Wraps a network being trained or just built (weights as they are), in evaluation mode on a device. */
    public static NativeSegmentationModel of(SegmentationNetworkConfig config, SegmentationNetwork network,
                                             ComputeDevice requested) {
        ComputeDevice device = requested.resolve();
        network.to(device.toNative(), false);
        network.eval();
        return new NativeSegmentationModel(config, network, device);
    }

    public SegmentationNetworkConfig config() {
        return config;
    }

    @Override
    public SegmentationSpecification specification() {
        return specification;
    }

    @Override
    public float[][][] forward(float[][] windows) {
        SegmentationNetwork network = openNetwork();
        int samples = specification.windowSamples();
        for (int b = 0; b < windows.length; b++) {
            if (windows[b].length != samples) {
                throw new IllegalArgumentException("window " + b + " has " + windows[b].length + " samples, expected " + samples);
            }
        }
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            Tensor input = Tensors.fromRows(windows).view(windows.length, 1, samples)
                .to(device.toNative(), torch.ScalarType.Float);
            return Tensors.toArray3d(network.forward(input));
        }
    }

    /** Filters the span once for all its windows when the step allows ({@link SegmentationNetwork#forwardSpan}). */
    @Override
    public float[][][] forward(WindowSpan windows) {
        SegmentationNetwork network = openNetwork();
        if (windows.windowSamples() != specification.windowSamples()) {
            throw new IllegalArgumentException("windows of " + windows.windowSamples() + " samples, expected "
                + specification.windowSamples());
        }
        if (windows.count() == 1 || !network.sharesSpans(windows.step())) {
            return forward(windows.windows());
        }
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            Tensor input = Tensors.fromArray(windows.samples(), 1, 1, windows.samples().length)
                .to(device.toNative(), torch.ScalarType.Float);
            return Tensors.toArray3d(network.forwardSpan(input, windows.windowSamples(), windows.step(),
                windows.count()));
        }
    }

    private SegmentationNetwork openNetwork() {
        if (network == null) {
            throw new IllegalStateException("segmentation model is closed");
        }
        return network;
    }

    @Override
    public void close() {
        if (network != null) {
            network.close();
            network = null;
        }
    }
}
