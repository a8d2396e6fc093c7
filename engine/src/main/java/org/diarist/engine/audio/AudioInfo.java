package org.diarist.engine.audio;

import java.nio.file.Path;

/**
 * What a file holds, as its header tells (like {@code soxi}): container format, codec, the original sample rate and
 * channel count, and the length in frames (one frame = one sample per channel) at the original rate.
 *
 * @param file       the file
 * @param format     the container, e.g. {@code wav}, {@code flac}, {@code ogg}, {@code mp4}
 * @param codec      the codec as FFmpeg names it, e.g. {@code pcm_s16le}, {@code flac}, {@code opus}, {@code aac}
 * @param sampleRate original sample rate in Hz
 * @param channels   original channel count
 * @param frames     length at the original rate; exact for WAV and FLAC, the container's estimate for some
 *                   compressed formats (MP3 without a Xing header, for instance)
 */
public record AudioInfo(Path file, String format, String codec, int sampleRate, int channels, long frames) {

    public AudioInfo {
        if (sampleRate <= 0 || channels <= 0 || frames < 0) {
            throw new IllegalArgumentException("bad audio info: " + sampleRate + " Hz, " + channels + " ch, "
                + frames + " frames");
        }
    }

    /** Length in seconds. */
    public double durationSeconds() {
        return (double) frames / sampleRate;
    }

    /** Length in samples after conversion to {@code rate}, as {@link Resampler#outputLength} counts them. */
    public long framesAt(int rate) {
        return Resampler.outputLength(frames, sampleRate, rate);
    }
}
