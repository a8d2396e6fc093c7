package org.diarist.engine.audio;

import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The parsed header of a RIFF/RF64 WAVE file: the format chunk and where the sample data lies. Reads chunk headers
 * only, skipping unknown chunks (and their pad byte when their size is odd), never the samples.
 *
 * <p>Streamed WAVs, written before their length was known, declare a data size of 0 or 0xFFFFFFFF (and a RIFF size
 * to match); their data runs to the end of the file. A data chunk longer than the file (a truncated recording) is
 * read as far as the file goes.
 *
 * @param formatTag   1 integer PCM, 3 IEEE float; others (a-law, ADPCM...) are left to FFmpeg
 * @param encoding    the sample encoding when the format tag is PCM or float, else null
 * @param dataOffset  byte offset of the first sample
 * @param frames      number of whole frames in the data
 */
record WavHeader(int formatTag, PcmEncoding encoding, int channels, int sampleRate, int blockAlign,
                 int bitsPerSample, long dataOffset, long frames) {

    static final int PCM = 1;
    static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final long UNSET_32 = 0xFFFFFFFFL;

    /** True when the first bytes read RIFF....WAVE or RF64....WAVE (or BW64). */
    static boolean looksLikeWav(ByteBuffer first12) {
        if (first12.remaining() < 12) {
            return false;
        }
        String riff = ascii(first12, 0);
        return (riff.equals("RIFF") || riff.equals("RF64") || riff.equals("BW64")) && ascii(first12, 8).equals("WAVE");
    }

    boolean isPcmOrFloat() {
        return encoding != null;
    }

    static WavHeader read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer buf = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        readFully(file, channel, buf, 0, 12, "truncated WAV header");
        boolean rf64 = !ascii(buf, 0).equals("RIFF");
        long riffSize = buf.getInt(4) & UNSET_32;

        long position = 12;
        long ds64DataSize = -1;
        int[] fmt = null; // tag, channels, rate, blockAlign, bits
        while (true) {
            if (position + 8 > size) {
                throw new InvalidInputException(file, fmt == null
                    ? "truncated WAV header (no fmt chunk)" : "truncated WAV header (no data chunk)");
            }
            readFully(file, channel, buf, position, 8, "truncated WAV header");
            String id = ascii(buf, 0);
            long chunkSize = buf.getInt(4) & UNSET_32;
            long body = position + 8;
            switch (id) {
                case "fmt " -> fmt = readFormat(file, channel, buf, body, chunkSize);
                case "ds64" -> {
                    readFully(file, channel, buf, body, 16, "truncated ds64 chunk");
                    ds64DataSize = buf.getLong(8);
                }
                case "data" -> {
                    if (fmt == null) {
                        throw new InvalidInputException(file, "malformed WAV: data chunk before fmt chunk");
                    }
                    long available = size - body;
                    long declared = chunkSize;
                    if (rf64 && chunkSize == UNSET_32 && ds64DataSize >= 0) {
                        declared = ds64DataSize;
                    }
                    boolean streamed = declared == UNSET_32
                        || declared == 0 && (riffSize == 0 || riffSize == UNSET_32) && available > 0;
                    long bytes = streamed ? available : Math.min(declared, available);
                    long frames = bytes / fmt[3];
                    if (frames == 0) {
                        throw new InvalidInputException(file, "contains no audio samples (empty WAV data chunk)");
                    }
                    return new WavHeader(fmt[0], encodingOf(file, fmt), fmt[1], fmt[2], fmt[3], fmt[4], body, frames);
                }
                default -> {
                    // Unknown chunk (LIST, fact, cue, bext...): skip it.
                }
            }
            position = body + chunkSize + (chunkSize & 1);
        }
    }

    private static int[] readFormat(Path file, FileChannel channel, ByteBuffer buf, long body, long chunkSize)
        throws IOException {
        if (chunkSize < 16) {
            throw new InvalidInputException(file, "malformed WAV: fmt chunk of " + chunkSize + " bytes");
        }
        int length = (int) Math.min(chunkSize, 40);
        readFully(file, channel, buf, body, length, "truncated WAV header (fmt chunk)");
        int tag = buf.getShort(0) & 0xFFFF;
        int channels = buf.getShort(2) & 0xFFFF;
        long rate = buf.getInt(4) & UNSET_32;
        int blockAlign = buf.getShort(12) & 0xFFFF;
        int bits = buf.getShort(14) & 0xFFFF;
        if (tag == EXTENSIBLE) {
            if (length < 40) {
                throw new InvalidInputException(file, "malformed WAV: WAVE_FORMAT_EXTENSIBLE fmt chunk of "
                    + chunkSize + " bytes");
            }
            tag = buf.getShort(24) & 0xFFFF; // first two bytes of the sub-format GUID
        }
        if (channels == 0) {
            throw new InvalidInputException(file, "malformed WAV: 0 channels");
        }
        if (rate == 0 || rate > Integer.MAX_VALUE) {
            throw new InvalidInputException(file, "malformed WAV: sample rate " + rate + " Hz");
        }
        if (blockAlign == 0) {
            blockAlign = channels * ((bits + 7) / 8);
        }
        if (blockAlign == 0) {
            throw new InvalidInputException(file, "malformed WAV: frame size 0");
        }
        return new int[] {tag, channels, (int) rate, blockAlign, bits};
    }

    /** PCM/float encodings; null for other codecs. The container size is the frame size over the channel count. */
    private static PcmEncoding encodingOf(Path file, int[] fmt) {
        int tag = fmt[0];
        if (tag != PCM && tag != IEEE_FLOAT) {
            return null;
        }
        int channels = fmt[1];
        int blockAlign = fmt[3];
        int bits = fmt[4];
        int containerBytes = blockAlign % channels == 0 ? blockAlign / channels : -1;
        PcmEncoding encoding = null;
        if (tag == PCM) {
            encoding = switch (containerBytes) {
                case 1 -> PcmEncoding.U8;
                case 2 -> PcmEncoding.S16;
                case 3 -> PcmEncoding.S24;
                case 4 -> PcmEncoding.S32;
                case 8 -> PcmEncoding.S64;
                default -> null;
            };
        } else if (containerBytes == 4) {
            encoding = PcmEncoding.F32;
        } else if (containerBytes == 8) {
            encoding = PcmEncoding.F64;
        }
        if (encoding == null || bits > 8 * encoding.bytesPerSample()) {
            throw new InvalidInputException(file, "unsupported WAV sample format: " + bits + "-bit "
                + (tag == PCM ? "integer" : "float") + " in " + blockAlign + "-byte frames of " + channels
                + " channels");
        }
        return encoding;
    }

    private static void readFully(Path file, FileChannel channel, ByteBuffer buf, long position, int length,
                                  String problem) throws IOException {
        buf.clear().limit(length);
        while (buf.hasRemaining()) {
            if (channel.read(buf, position + buf.position()) < 0) {
                throw new InvalidInputException(file, problem);
            }
        }
        buf.flip();
    }

    private static String ascii(ByteBuffer buf, int at) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (buf.get(at + i) & 0xFF);
        }
        return new String(chars);
    }
}
