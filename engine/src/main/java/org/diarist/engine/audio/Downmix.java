package org.diarist.engine.audio;

/** Mixes several channels into one by averaging them, the same way for WAV and FFmpeg input. */
final class Downmix {

    private Downmix() {
    }

    /** Averages {@code frames} interleaved frames of {@code channels} samples into {@code dst[off...]}. */
    static void interleaved(float[] src, int frames, int channels, float[] dst, int off) {
        if (channels == 1) {
            System.arraycopy(src, 0, dst, off, frames);
            return;
        }
        if (channels == 2) {
            for (int i = 0, p = 0; i < frames; i++, p += 2) {
                dst[off + i] = (src[p] + src[p + 1]) * 0.5f;
            }
            return;
        }
        float scale = 1f / channels;
        for (int i = 0, p = 0; i < frames; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += src[p++];
            }
            dst[off + i] = sum * scale;
        }
    }

    /** Adds one plane of a planar frame, weighted by 1/channels, into {@code dst[off...]}. */
    static void addPlane(float[] plane, int frames, int channels, boolean first, float[] dst, int off) {
        float scale = 1f / channels;
        if (first) {
            for (int i = 0; i < frames; i++) {
                dst[off + i] = plane[i] * scale;
            }
        } else {
            for (int i = 0; i < frames; i++) {
                dst[off + i] += plane[i] * scale;
            }
        }
    }
}
