package org.diarist.engine.embedding;

import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.torch.Tensors;

/** Turns Java arrays into padded batch tensors and normalised embedding tensors back into arrays. */
final class EmbeddingBatches {

    private EmbeddingBatches() {
    }

    /** fbank[b][t][f] of varying lengths → [B,Tmax,F], padding with zeros. */
    static Tensor paddedFbank(float[][][] fbank, int featureDim) {
        int frames = 0;
        for (float[][] item : fbank) {
            frames = Math.max(frames, item.length);
        }
        float[] flat = new float[fbank.length * frames * featureDim];
        for (int b = 0; b < fbank.length; b++) {
            for (int t = 0; t < fbank[b].length; t++) {
                if (fbank[b][t].length != featureDim) {
                    throw new IllegalArgumentException("frame of " + fbank[b][t].length + " values, expected " + featureDim);
                }
                System.arraycopy(fbank[b][t], 0, flat, (b * frames + t) * featureDim, featureDim);
            }
        }
        return Tensors.fromArray(flat, fbank.length, frames, featureDim);
    }

    /** mask[b][t] (or all ones for a null mask) with zeros past each item's length → [B,Tmax]. */
    static Tensor paddedMask(float[][][] fbank, float[][] mask) {
        int frames = 0;
        for (float[][] item : fbank) {
            frames = Math.max(frames, item.length);
        }
        float[] flat = new float[fbank.length * frames];
        for (int b = 0; b < fbank.length; b++) {
            for (int t = 0; t < fbank[b].length; t++) {
                flat[b * frames + t] = mask == null ? 1f : mask[b][t];
            }
        }
        return Tensors.fromArray(flat, fbank.length, frames);
    }

    /** [B,D] raw embeddings → L2-normalised float[B][D]. */
    static float[][] normalisedRows(Tensor embeddings) {
        Tensor norms = embeddings.norm(new org.bytedeco.pytorch.ScalarOptional(new Scalar(2.0)), new long[] {1}, true)
            .clamp_min(new Scalar(1e-12));
        int rows = (int) embeddings.size(0);
        int dim = (int) embeddings.size(1);
        float[] flat = Tensors.toArray(embeddings.div(norms));
        float[][] out = new float[rows][dim];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * dim, out[r], 0, dim);
        }
        return out;
    }
}
