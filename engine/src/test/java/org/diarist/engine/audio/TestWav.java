package org.diarist.engine.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes WAV files for tests, in every layout the reader must handle: each sample format, WAVE_FORMAT_EXTENSIBLE,
 * extra chunks (odd-sized ones too), streamed sizes, RF64, any format tag. Other modules' tests use it through the
 * engine's test-jar. Quantisation rounds to nearest and clips, as {@link #quantize} states.
 */
public final class TestWav {

    /** Sample formats: bytes per sample and WAV format tag. */
    public enum Sample {
        U8(1, 1), S16(2, 1), S24(3, 1), S32(4, 1), F32(4, 3), F64(8, 3);

        final int bytes;
        final int tag;

        Sample(int bytes, int tag) {
            this.bytes = bytes;
            this.tag = tag;
        }
    }

    private Sample sample = Sample.S16;
    private int sampleRate = 16000;
    private int channels = 1;
    private boolean extensible;
    private boolean rf64;
    private boolean streamedSizes;
    private boolean zeroSizes;
    private int formatTag = -1;
    private long declaredDataBytes = -1;
    private byte[] chunksBeforeFormat = new byte[0];
    private byte[] chunksBeforeData = new byte[0];
    private byte[] chunksAfterData = new byte[0];

    public static TestWav of(Sample sample, int sampleRate, int channels) {
        TestWav wav = new TestWav();
        wav.sample = sample;
        wav.sampleRate = sampleRate;
        wav.channels = channels;
        return wav;
    }

    /** Uses WAVE_FORMAT_EXTENSIBLE with the sample format's sub-format GUID. */
    public TestWav extensible() {
        extensible = true;
        return this;
    }

    /** RF64 header with a ds64 chunk; the 32-bit sizes are 0xFFFFFFFF. */
    public TestWav rf64() {
        rf64 = true;
        return this;
    }

    /** RIFF and data sizes 0xFFFFFFFF, as a writer to a pipe leaves them. */
    public TestWav streamedSizes() {
        streamedSizes = true;
        return this;
    }

    /** RIFF and data sizes 0, as some streaming writers leave them. */
    public TestWav zeroSizes() {
        zeroSizes = true;
        return this;
    }

    /** Declares this data chunk size whatever the data written (a truncated file declares more). */
    public TestWav declaredDataBytes(long bytes) {
        declaredDataBytes = bytes;
        return this;
    }

    /** Writes this format tag instead of the sample format's (e.g. 7 for mu-law), with the given data bytes. */
    public TestWav formatTag(int tag) {
        formatTag = tag;
        return this;
    }

    public TestWav chunkBeforeFormat(String id, int size) {
        chunksBeforeFormat = concat(chunksBeforeFormat, chunk(id, size));
        return this;
    }

    /** Adds a chunk of {@code size} bytes (odd sizes get the pad byte the RIFF rules require). */
    public TestWav chunkBeforeData(String id, int size) {
        chunksBeforeData = concat(chunksBeforeData, chunk(id, size));
        return this;
    }

    public TestWav chunkAfterData(String id, int size) {
        chunksAfterData = concat(chunksAfterData, chunk(id, size));
        return this;
    }

    /** Writes interleaved samples in [-1, 1]. */
    public Path write(Path file, double[] interleaved) {
        return writeBytes(file, encode(interleaved));
    }

    /** Writes the data chunk's bytes as given. */
    public Path writeBytes(Path file, byte[] data) {
        try {
            Files.write(file, build(data));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value the reader must return for {@code x} once quantised to this sample format. */
    public static float quantize(Sample sample, double x) {
        return switch (sample) {
            case U8 -> integer(x, 8) / 128f;
            case S16 -> integer(x, 16) / 32768f;
            case S24 -> integer(x, 24) / 8388608f;
            case S32 -> (float) (integer(x, 32) / 2147483648.0);
            case F32 -> (float) x;
            case F64 -> (float) x;
        };
    }

    private static long integer(double x, int bits) {
        long max = (1L << (bits - 1)) - 1;
        long min = -(1L << (bits - 1));
        return Math.max(min, Math.min(max, Math.round(x * (1L << (bits - 1)))));
    }

    byte[] encode(double[] interleaved) {
        ByteBuffer b = ByteBuffer.allocate(interleaved.length * sample.bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : interleaved) {
            switch (sample) {
                case U8 -> b.put((byte) (integer(x, 8) + 128));
                case S16 -> b.putShort((short) integer(x, 16));
                case S24 -> {
                    long v = integer(x, 24);
                    b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                }
                case S32 -> b.putInt((int) integer(x, 32));
                case F32 -> b.putFloat((float) x);
                case F64 -> b.putDouble(x);
            }
        }
        return b.array();
    }

    private byte[] build(byte[] data) {
        int tag = formatTag >= 0 ? formatTag : sample.tag;
        int blockAlign = channels * sample.bytes;
        ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) (extensible ? 0xFFFE : tag)).putShort((short) channels).putInt(sampleRate)
            .putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) (8 * sample.bytes));
        if (extensible) {
            fmt.putShort((short) 22).putShort((short) (8 * sample.bytes)).putInt(0)
                .putShort((short) tag) // sub-format GUID xxxxxxxx-0000-0010-8000-00aa00389b71
                .put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        long dataSize = declaredDataBytes >= 0 ? declaredDataBytes : data.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "WAVE".getBytes(StandardCharsets.US_ASCII));
        if (rf64) {
            ByteBuffer ds64 = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
            ds64.putLong(0).putLong(dataSize).putLong(data.length / blockAlign).putInt(0);
            write(body, chunkHeader("ds64", 28));
            write(body, ds64.array());
        }
        write(body, chunksBeforeFormat);
        write(body, chunkHeader("fmt ", fmt.capacity()));
        write(body, fmt.array());
        write(body, chunksBeforeData);
        long declared = rf64 || streamedSizes ? 0xFFFFFFFFL : zeroSizes ? 0 : dataSize;
        write(body, chunkHeader("data", declared));
        write(body, data);
        if ((data.length & 1) == 1) {
            body.write(0);
        }
        write(body, chunksAfterData);
        byte[] bodyBytes = body.toByteArray();
        long riffSize = rf64 || streamedSizes ? 0xFFFFFFFFL : zeroSizes ? 0 : bodyBytes.length;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        write(file, (rf64 ? "RF64" : "RIFF").getBytes(StandardCharsets.US_ASCII));
        write(file, le32(riffSize));
        write(file, bodyBytes);
        return file.toByteArray();
    }

    private static byte[] chunk(String id, int size) {
        byte[] body = new byte[size + (size & 1)];
        for (int i = 0; i < size; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        return concat(chunkHeader(id, size), body);
    }

    private static byte[] chunkHeader(String id, long size) {
        return concat(id.getBytes(StandardCharsets.US_ASCII), le32(size));
    }

    private static byte[] le32(long v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}
