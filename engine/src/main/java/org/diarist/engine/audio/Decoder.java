package org.diarist.engine.audio;

/** A file decoded to mono float samples at its own sample rate; {@link ResampledSource} converts the rate. */
interface Decoder extends AutoCloseable {

    AudioInfo info();

    /** The rate of the samples {@link #read} returns (the rate decoded frames really have). */
    int sampleRate();

    /** Reads up to {@code length} mono samples; returns how many (at least 1), or -1 at the end. */
    int read(float[] mono, int offset, int length);

    @Override
    void close();
}
