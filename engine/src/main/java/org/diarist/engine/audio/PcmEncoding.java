package org.diarist.engine.audio;

import java.nio.ByteBuffer;

/**
 * How one sample is stored in PCM bytes (WAV data chunks and FFmpeg's decoded frames), and the conversion to
 * float in [-1, 1). Integer scales follow FFmpeg and libsndfile: a signed n-bit value v becomes v / 2^(n-1),
 * unsigned 8-bit becomes (v - 128) / 128.
 */
enum PcmEncoding {
    U8(1, "pcm_u8"),
    S16(2, "pcm_s16le"),
    S24(3, "pcm_s24le"),
    S32(4, "pcm_s32le"),
    S64(8, "pcm_s64le"),
    F32(4, "pcm_f32le"),
    F64(8, "pcm_f64le");

    private final int bytes;
    private final String codecName;

    PcmEncoding(int bytes, String codecName) {
        this.bytes = bytes;
        this.codecName = codecName;
    }

    int bytesPerSample() {
        return bytes;
    }

    /** The codec name FFmpeg gives this encoding in a little-endian WAV, so both paths report alike. */
    String codecName() {
        return codecName;
    }

    /**
     * Converts {@code count} samples starting at {@code src}'s absolute index {@code from} into
     * {@code dst[off...]}.
     * {@code src} must have the byte order of the data. One tight loop per encoding: no per-sample dispatch.
     */
    void toFloat(ByteBuffer src, int from, int count, float[] dst, int off) {
        switch (this) {
            case U8 -> {
                for (int i = 0; i < count; i++) {
                    dst[off + i] = ((src.get(from + i) & 0xFF) - 128) * (1f / 128);
                }
            }
            case S16 -> {
                for (int i = 0; i < count; i++) {
                    dst[off + i] = src.getShort(from + 2 * i) * (1f / 32768);
                }
            }
            case S24 -> {
                // Only WAV stores 24-bit samples packed in 3 bytes, always little-endian.
                for (int i = 0, p = from; i < count; i++, p += 3) {
                    int v = (src.get(p + 2) << 16) | ((src.get(p + 1) & 0xFF) << 8) | (src.get(p) & 0xFF);
                    dst[off + i] = v * (1f / 8388608);
                }
            }
            case S32 -> {
                for (int i = 0; i < count; i++) {
                    dst[off + i] = (float) (src.getInt(from + 4 * i) * (1.0 / 2147483648.0));
                }
            }
            case S64 -> {
                for (int i = 0; i < count; i++) {
                    dst[off + i] = (float) (src.getLong(from + 8 * i) * 0x1p-63);
                }
            }
            case F32 -> {
                for (int i = 0; i < count; i++) {
                    dst[off + i] = src.getFloat(from + 4 * i);
                }
            }
            case F64 -> {
                for (int i = 0; i < count; i++) {
                    dst[off + i] = (float) src.getDouble(from + 8 * i);
                }
            }
            default -> throw new AssertionError(this);
        }
    }
}
