package org.diarist.engine.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Integer and float PCM WAV files, decoded in pure Java, streamed from disk in blocks. */
final class WavDecoder implements Decoder {

    private static final int BLOCK_BYTES = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final WavHeader header;
    private final AudioInfo info;
    private final ByteBuffer bytes;
    private final float[] interleaved;
    private long framesLeft;
    private long position;
    private boolean closed;

    /** Takes ownership of {@code channel}. */
    WavDecoder(Path file, FileChannel channel, WavHeader header) {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.info = new AudioInfo(file, "wav", header.encoding().codecName(), header.sampleRate(),
            header.channels(), header.frames());
        int framesPerBlock = Math.max(1, BLOCK_BYTES / header.blockAlign());
        this.bytes = ByteBuffer.allocate(framesPerBlock * header.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
        this.interleaved = new float[framesPerBlock * header.channels()];
        this.framesLeft = header.frames();
        this.position = header.dataOffset();
    }

    @Override
    public AudioInfo info() {
        return info;
    }

    @Override
    public int sampleRate() {
        return header.sampleRate();
    }

    @Override
    public int read(float[] mono, int offset, int length) {
        if (closed) {
            throw new IllegalStateException("audio source is closed: " + file);
        }
        if (framesLeft == 0 || length == 0) {
            return framesLeft == 0 ? -1 : 0;
        }
        int align = header.blockAlign();
        int frames = (int) Math.min(Math.min(length, framesLeft), bytes.capacity() / align);
        bytes.clear().limit(frames * align);
        try {
            while (bytes.hasRemaining()) {
                int n = channel.read(bytes, position + bytes.position());
                if (n < 0) {
                    break; // the file shrank since the header was read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        frames = bytes.position() / align;
        if (frames == 0) {
            framesLeft = 0;
            return -1;
        }
        position += (long) frames * align;
        framesLeft -= frames;
        decode(frames, mono, offset);
        return frames;
    }

    private void decode(int frames, float[] mono, int offset) {
        int channels = header.channels();
        PcmEncoding encoding = header.encoding();
        int sampleBytes = encoding.bytesPerSample();
        int align = header.blockAlign();
        if (channels == 1 && align == sampleBytes) {
            encoding.toFloat(bytes, 0, frames, mono, offset);
            return;
        }
        if (align == channels * sampleBytes) {
            encoding.toFloat(bytes, 0, frames * channels, interleaved, 0);
        } else {
            // Frames padded beyond their samples (rare): convert sample by sample at the frame stride.
            for (int f = 0; f < frames; f++) {
                encoding.toFloat(bytes, f * align, channels, interleaved, f * channels);
            }
        }
        Downmix.interleaved(interleaved, frames, channels, mono, offset);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a read-only file loses nothing.
        }
    }
}
