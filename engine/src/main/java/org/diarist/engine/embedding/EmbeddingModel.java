package org.diarist.engine.embedding;

import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.audio.WindowSpan;

/**
 * A speaker-embedding network behind its own filterbank front end. Embeddings are L2-normalised, so the dot
 * product of two is their cosine similarity. Embeddings are only comparable between models of the same
 * {@link #id()}: registries refuse to mix them.
 *
 * <p>Implementations hold native memory: close them. Calls do not change the model.
 */
public interface EmbeddingModel extends AutoCloseable {

    /** Identifies the weights (name and content hash), e.g. {@code diarist-embedding@3f2a9c01d4e5}. */
    String id();

    /** Values per embedding. */
    int dimension();

    /** Sample rate the model expects its audio at (16 kHz). */
    default int sampleRate() {
        return 16000;
    }

    /** Fbank frames of a waveform of {@code samples} samples, as {@link #fbank} computes them. */
    int frameCount(long samples);

    /** The model's front end: [B,S] waveforms (16 kHz, [-1,1]) → [B,T,F] features. The result is the caller's. */
    Tensor fbank(Tensor waveforms);

    /** As {@link #fbank(Tensor)} for the windows of a span, [windows,T,F]; overlapping windows may share work. */
    Tensor fbank(WindowSpan windows);

    /**
     * Embeddings of a batch of feature sequences: fbank [B,T,F] and a frame mask [B,T] (1 = use the frame,
     * 0 = padding or overlapped speech to ignore) → [B][D], L2-normalised.
     */
    float[][] embed(Tensor fbank, Tensor mask);

    /** As {@link #embed(Tensor, Tensor)}, from Java arrays: fbank[b][t][f] of any lengths, mask[b][t] (null: all frames). */
    float[][] embed(float[][][] fbank, float[][] mask);

    /** One embedding of a whole 16 kHz mono recording in [-1, 1]. */
    float[] embed(float[] audio16k);

    @Override
    void close();
}
