package org.diarist.engine.segmentation;

import org.diarist.engine.audio.AudioInfo;
import org.diarist.engine.audio.AudioSource;

import java.nio.file.Path;

/** Samples from an array, handed out at most {@code most} at a time, as a decoder trickling blocks would. */
public final class ArrayAudioSource implements AudioSource {

    private final float[] samples;
    private final int sampleRate;
    private final int most;
    private int position;

    public ArrayAudioSource(float[] samples, int sampleRate, int most) {
        this.samples = samples;
        this.sampleRate = sampleRate;
        this.most = most;
    }

    @Override
    public AudioInfo info() {
        return new AudioInfo(Path.of("memory.wav"), "wav", "pcm_f32le", sampleRate, 1, samples.length);
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int read(float[] block, int offset, int length) {
        if (position >= samples.length) {
            return -1;
        }
        int n = Math.min(Math.min(length, most), samples.length - position);
        System.arraycopy(samples, position, block, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
    }
}
