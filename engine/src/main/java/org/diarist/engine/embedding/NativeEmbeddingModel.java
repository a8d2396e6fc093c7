package org.diarist.engine.embedding;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.audio.WindowSpan;
import org.diarist.engine.features.Fbank;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.engine.torch.Tensors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Diarist's own speaker-embedding network ({@link SpeakerNetwork}) loaded from a folder holding
 * {@code config.json} and {@code model.safetensors}. The id is the model name plus the first 12 hex digits of the
 * weights' sha256, so retrained weights never pass for the old ones.
 */
public final class NativeEmbeddingModel implements EmbeddingModel {

    private final String id;
    private final NativeModelConfig config;
    private final SpeakerNetwork network;
    private final Fbank fbank;
    private final Device device;
    private volatile boolean closed;

    private NativeEmbeddingModel(String id, NativeModelConfig config, SpeakerNetwork network, ComputeDevice device) {
        this.id = id;
        this.config = config;
        this.network = network;
        this.fbank = new Fbank(config.fbank(), device);
        this.device = fbank.device().toNative();
        network.to(this.device, false);
        network.eval();
    }

    /** Loads {@code dir/config.json} and {@code dir/model.safetensors} onto {@code device}. */
    public static NativeEmbeddingModel load(Path dir, ComputeDevice device) {
        TorchRuntime.ensureLoaded();
        Path weights = dir.resolve(NativeModelConfig.WEIGHTS_FILE);
        if (!Files.isRegularFile(weights)) {
            throw new InvalidInputException(dir, "no " + NativeModelConfig.WEIGHTS_FILE + " in this model folder");
        }
        NativeModelConfig config = NativeModelConfig.read(dir.resolve(NativeModelConfig.CONFIG_FILE));
        SpeakerNetwork network = new SpeakerNetwork(config.network());
        ModuleWeights.load(network, weights);
        return new NativeEmbeddingModel(config.name() + "@" + shortHash(weights), config, network, device);
    }

    /** Wraps a network being trained or just built (weights as they are), for evaluation. */
    public static NativeEmbeddingModel of(String id, NativeModelConfig config, SpeakerNetwork network,
                                          ComputeDevice device) {
        return new NativeEmbeddingModel(id, config, network, device);
    }

    public NativeModelConfig config() {
        return config;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return config.network().embeddingDim();
    }

    @Override
    public int frameCount(long samples) {
        return fbank.frameCount(samples);
    }

    @Override
    public Tensor fbank(Tensor waveforms) {
        checkOpen();
        return fbank.extract(waveforms);
    }

    @Override
    public Tensor fbank(WindowSpan windows) {
        checkOpen();
        return fbank.extract(windows);
    }

    @Override
    public float[][] embed(Tensor features, Tensor mask) {
        checkOpen();
        boolean wasTraining = network.is_training();
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            network.eval();
            Tensor out = network.forward(features.to(device, torch.ScalarType.Float), mask.to(device, torch.ScalarType.Float));
            return EmbeddingBatches.normalisedRows(out);
        } finally {
            network.train(wasTraining);
        }
    }

    @Override
    public float[][] embed(float[][][] features, float[][] mask) {
        if (features.length == 0) {
            return new float[0][];
        }
        try (PointerScope scope = new PointerScope()) {
            return embed(EmbeddingBatches.paddedFbank(features, config.network().melBins()),
                EmbeddingBatches.paddedMask(features, mask));
        }
    }

    @Override
    public float[] embed(float[] audio16k) {
        checkOpen();
        if (frameCount(audio16k.length) < 1) {
            throw new IllegalArgumentException("audio too short for one fbank frame: " + audio16k.length + " samples");
        }
        try (PointerScope scope = new PointerScope()) {
            Tensor features = fbank.extract(Tensors.fromArray(audio16k, 1, audio16k.length));
            return embed(features, torch.ones(1, features.size(1)))[0];
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            fbank.close();
            network.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("embedding model " + id + " is closed");
        }
    }

    static String shortHash(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
