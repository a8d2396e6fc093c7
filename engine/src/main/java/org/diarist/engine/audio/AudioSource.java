package org.diarist.engine.audio;

/**
 * Mono float samples in [-1, 1] at {@link #sampleRate()}, read in blocks, so that a two-hour recording never needs
 * to be decoded into memory whole. Get one from {@link Audio#open}. Closing twice is harmless; reading after close
 * throws {@link IllegalStateException}.
 */
public interface AudioSource extends AutoCloseable {

    /** The file's own description (original rate, channels, codec). */
    AudioInfo info();

    /** The rate of the samples {@link #read} returns. */
    int sampleRate();

    /**
     * Fills {@code block[offset, offset + length)} with the next samples. Returns {@code length}, or fewer only when
     * the audio ends within the block, or -1 when it has ended before.
     */
    int read(float[] block, int offset, int length);

    /** {@link #read(float[], int, int)} into the whole block. */
    default int read(float[] block) {
        return read(block, 0, block.length);
    }

    @Override
    void close();
}
