package org.diarist.engine.vad;

import org.diarist.engine.audio.AudioSource;

/**
 * Finds speech: one probability per frame of a recording, read as a stream so that long files need no more
 * memory than their probabilities. Turn the result into regions with {@link VoiceActivity#speech}.
 * Implementations may hold a model in native memory: close them.
 */
public interface VoiceActivityDetector extends AutoCloseable {

    /** The sample rate the detector needs; sources must deliver it. */
    int sampleRate();

    /** Speech probabilities of everything {@code source} still has to give. */
    VoiceActivity detect(AudioSource source);

    /** Speech probabilities of samples at {@link #sampleRate()}. */
    VoiceActivity detect(float[] samples);

    @Override
    void close();
}
