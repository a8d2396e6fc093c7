package org.diarist.engine.embedding;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarTypeOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.audio.WindowSpan;
import org.diarist.engine.features.Fbank;
import org.diarist.engine.features.FbankConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchScriptModule;
import org.diarist.engine.torch.Tensors;

import java.nio.file.Path;

/**
 * A TorchScript speaker-embedding export with WeSpeaker's contract: fbank [B,T,80] (hamming window, mean
 * normalised per utterance) → [B,D]; for instance WeSpeaker ResNet34 as pyannote 3.1 uses it. Such scripts take
 * no frame mask, so each masked item is run alone on its kept frames, mean-normalised over exactly those.
 */
public final class TorchScriptEmbeddingModel implements EmbeddingModel {

    private final String id;
    private final TorchScriptModule module;
    private final Fbank fbank;
    private final int dimension;
    private volatile boolean closed;

    private TorchScriptEmbeddingModel(String id, TorchScriptModule module, Fbank fbank, int dimension) {
        this.id = id;
        this.module = module;
        this.fbank = fbank;
        this.dimension = dimension;
    }

    /** Loads the script and finds its output dimension with a 2 s dry run. */
    public static TorchScriptEmbeddingModel load(Path file, ComputeDevice device) {
        TorchScriptModule module = TorchScriptModule.load(file, device);
        Fbank fbank = null;
        try {
            fbank = new Fbank(FbankConfig.wespeaker(), device);
            int dimension;
            try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
                Tensor out = module.forward(torch.zeros(1, 200, fbank.dimension()).to(fbank.device().toNative(),
                    torch.ScalarType.Float));
                if (out.dim() != 2 || out.size(0) != 1) {
                    throw new org.diarist.engine.InvalidInputException(file,
                        "forward(fbank [1,200,80]) should give [1,D], gave " + out.dim() + " dimensions");
                }
                dimension = (int) out.size(1);
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return new TorchScriptEmbeddingModel(name + "@" + NativeEmbeddingModel.shortHash(file), module, fbank,
                dimension);
        } catch (RuntimeException e) {
            module.close();
            if (fbank != null) {
                fbank.close();
            }
            throw e;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
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
        int batch = (int) features.size(0);
        float[][] out = new float[batch][];
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            Tensor x = features.to(fbank.device().toNative(), torch.ScalarType.Float);
            Tensor keep = mask.to(fbank.device().toNative(), torch.ScalarType.Float).gt(new Scalar(0.5));
            for (int b = 0; b < batch; b++) {
                Tensor frames = x.select(0, b).index(new org.bytedeco.pytorch.TensorIndexVector(
                    new org.bytedeco.pytorch.TensorIndex(keep.select(0, b))));
                if (frames.size(0) == 0) {
                    throw new IllegalArgumentException("item " + b + " of the batch has no frame left by its mask");
                }
                frames = frames.sub(frames.mean(new long[] {0}, true, new ScalarTypeOptional()));
                out[b] = EmbeddingBatches.normalisedRows(module.forward(frames.unsqueeze(0)))[0];
            }
        }
        return out;
    }

    @Override
    public float[][] embed(float[][][] features, float[][] mask) {
        if (features.length == 0) {
            return new float[0][];
        }
        try (PointerScope scope = new PointerScope()) {
            return embed(EmbeddingBatches.paddedFbank(features, fbank.dimension()),
                EmbeddingBatches.paddedMask(features, mask));
        }
    }

    @Override
    public float[] embed(float[] audio16k) {
        checkOpen();
        try (PointerScope scope = new PointerScope(); NoGradGuard noGrad = new NoGradGuard()) {
            Tensor features = fbank.extract(Tensors.fromArray(audio16k, 1, audio16k.length));
            if (features.size(1) == 0) {
                throw new IllegalArgumentException("audio too short for one fbank frame: " + audio16k.length + " samples");
            }
            return EmbeddingBatches.normalisedRows(module.forward(features))[0];
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            module.close();
            fbank.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("embedding model " + id + " is closed");
        }
    }
}
