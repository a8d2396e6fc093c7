package org.diarist.engine.audio;

import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The one way into audio: any file becomes mono float samples at a chosen rate (16 kHz unless told), whole
 * ({@link #load}) or streamed in blocks ({@link #open}). PCM and float WAV files are read in pure Java; everything
 * else (FLAC, MP3, Ogg Vorbis/Opus, M4A/AAC, a video's audio track, compressed WAV) through FFmpeg. Channels are
 * averaged; the rate is converted by {@link Resampler}, the same for both paths.
 *
 * <p>Every problem a user can cause (missing file, directory, empty or truncated file, not audio, no samples,
 * unsupported codec) is an {@link InvalidInputException} whose one-line message names the file and the problem.
 */
public final class Audio {

    /** The rate every model of Diarist works at. */
    public static final int DEFAULT_SAMPLE_RATE = 16000;
    /** Highest source rate accepted: beyond it a header is more likely broken than real (and filters grow huge). */
    static final int MAX_SOURCE_RATE = 768_000;
    /** {@link #load} preallocates at most this many samples from the header's length, which may be wrong. */
    private static final int MAX_PREALLOCATION = 1 << 24;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private Audio() {
    }

    /** The file's format, codec, original rate, channels and length, from its header. */
    public static AudioInfo probe(Path file) {
        try (Decoder decoder = decoder(file)) {
            return decoder.info();
        }
    }

    /** Streams the file as mono samples at {@link #DEFAULT_SAMPLE_RATE}. The caller closes the source. */
    public static AudioSource open(Path file) {
        return open(file, DEFAULT_SAMPLE_RATE);
    }

    /** Streams the file as mono samples at {@code sampleRate}. The caller closes the source. */
    public static AudioSource open(Path file, int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        Decoder decoder = decoder(file);
        try {
            if (decoder.sampleRate() > MAX_SOURCE_RATE) {
                throw new InvalidInputException(file, "unsupported sample rate " + decoder.sampleRate()
                    + " Hz (at most " + MAX_SOURCE_RATE + ")");
            }
            return new ResampledSource(decoder, sampleRate);
        } catch (RuntimeException e) {
            decoder.close();
            throw e;
        }
    }

    /** The whole file as mono samples at {@link #DEFAULT_SAMPLE_RATE}. */
    public static float[] load(Path file) {
        return load(file, DEFAULT_SAMPLE_RATE);
    }

    /** The whole file as mono samples at {@code sampleRate}. For long recordings prefer {@link #open}. */
    public static float[] load(Path file, int sampleRate) {
        try (AudioSource source = open(file, sampleRate)) {
            long expected = source.info().framesAt(sampleRate);
            float[] samples = new float[(int) Math.min(Math.max(expected + 1, 1024), MAX_PREALLOCATION)];
            int length = 0;
            while (true) {
                if (length == samples.length) {
                    if (length == MAX_ARRAY) {
                        throw new InvalidInputException(file, "too long to load whole at " + sampleRate
                            + " Hz; stream it with Audio.open");
                    }
                    samples = Arrays.copyOf(samples, (int) Math.min(2L * samples.length, MAX_ARRAY));
                }
                int n = source.read(samples, length, samples.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
            return length == samples.length ? samples : Arrays.copyOf(samples, length);
        }
    }

    /** A decoder at the file's own rate: Java for PCM/float WAV, FFmpeg for the rest. */
    private static Decoder decoder(Path file) {
        checkReadableFile(file);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            ByteBuffer first = ByteBuffer.allocate(12);
            while (first.hasRemaining() && channel.read(first) >= 0) {
                // fill the first 12 bytes, or as many as the file has
            }
            first.flip();
            if (WavHeader.looksLikeWav(first)) {
                WavHeader header = WavHeader.read(file, channel);
                if (header.isPcmOrFloat()) {
                    Decoder wav = new WavDecoder(file, channel, header);
                    channel = null; // owned by the decoder now
                    return wav;
                }
            }
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(file, "cannot read (permission denied)");
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(channel);
        }
        return FfmpegDecoder.open(file);
    }

    private static void checkReadableFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file, "is a directory, not an audio file");
        }
        if (!Files.exists(file)) {
            throw new InvalidInputException(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException(file, "cannot read (permission denied)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InvalidInputException(file, "empty file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // read-only: nothing to lose
            }
        }
    }
}
