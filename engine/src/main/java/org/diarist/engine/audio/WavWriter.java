package org.diarist.engine.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes mono float samples as a 16-bit PCM WAV file (rounded to nearest, clipped to [-1, 1]). */
public final class WavWriter {

    private static final int HEADER_BYTES = 44;

    private WavWriter() {
    }

    public static void writePcm16(Path file, float[] samples, int sampleRate) throws IOException {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        long dataBytes = 2L * samples.length;
        if (dataBytes + HEADER_BYTES - 8 > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("too long for a WAV file: " + samples.length + " samples");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (dataBytes + HEADER_BYTES - 8))
            .put("WAVE".getBytes(StandardCharsets.US_ASCII))
            .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
            .putInt(sampleRate).putInt(2 * sampleRate).putShort((short) 2).putShort((short) 16)
            .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.array());
            ByteBuffer block = ByteBuffer.allocate(8192).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : samples) {
                if (!block.hasRemaining()) {
                    out.write(block.array(), 0, block.position());
                    block.clear();
                }
                block.putShort((short) Math.round(Math.max(-1f, Math.min(1f, v)) * 32767f));
            }
            out.write(block.array(), 0, block.position());
        }
    }
}
