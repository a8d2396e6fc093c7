package org.diarist.engine.audio;

/** An {@link AudioSource} at the caller's rate: a {@link Decoder} followed by a streaming {@link Resampler}. */
final class ResampledSource implements AudioSource {

    private static final int DECODE_BLOCK = 16384;

    private final Decoder decoder;
    private final Resampler resampler;
    private final float[] decoded = new float[DECODE_BLOCK];
    private boolean closed;

    ResampledSource(Decoder decoder, int sampleRate) {
        this.decoder = decoder;
        this.resampler = new Resampler(decoder.sampleRate(), sampleRate);
    }

    @Override
    public AudioInfo info() {
        return decoder.info();
    }

    @Override
    public int sampleRate() {
        return resampler.outputRate();
    }

    @Override
    public int read(float[] block, int offset, int length) {
        if (closed) {
            throw new IllegalStateException("audio source is closed: " + decoder.info().file());
        }
        int filled = 0;
        while (filled < length) {
            int got = resampler.pull(block, offset + filled, length - filled);
            if (got < 0) {
                break;
            }
            filled += got;
            if (got == 0) {
                int n = decoder.read(decoded, 0, decoded.length);
                if (n < 0) {
                    resampler.finish();
                } else {
                    resampler.push(decoded, 0, n);
                }
            }
        }
        return filled == 0 && length > 0 ? -1 : filled;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            decoder.close();
        }
    }
}
