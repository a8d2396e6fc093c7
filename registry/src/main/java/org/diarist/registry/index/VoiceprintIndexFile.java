package org.diarist.registry.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The HNSW index persisted beside the database. Layout: a fixed header (magic, format, payload length, CRC-32 of
 * the payload), then the payload: model id, dimension, the database generation and highest voiceprint id it
 * reflects, the voiceprint id of each ordinal, and hnswlib's graph. The CRC is checked before anything is
 * deserialised, so a torn or damaged file is reported as unreadable rather than half-loaded; files are written to
 * a temporary name and renamed into place, so readers never see a partial file.
 */
public final class VoiceprintIndexFile {

    private static final byte[] MAGIC = "DRSTHNSW".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + Long.BYTES + Long.BYTES;

    private VoiceprintIndexFile() {
    }

    /** What a file says it holds, read without loading the graph. */
    public record Summary(String registryId, String modelId, int dimension, long generation, long maxVoiceprintId, int count) {
    }

    /** Writes {@code index} to {@code file} atomically. Only approximate (graph) indexes are persisted. */
    public static void save(VoiceprintIndex index, Path file) throws IOException {
        if (!(index.vectors() instanceof HnswVectorIndex graph)) {
            throw new IllegalArgumentException("only an HNSW index is persisted; exact search rebuilds from the database");
        }
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, file.getFileName() + ".", ".tmp");
        try {
            CRC32 crc = new CRC32();
            long payloadLength;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.position(HEADER_BYTES);
                CountingOutputStream counting = new CountingOutputStream(Channels.newOutputStream(channel));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new CheckedOutputStream(counting, crc), 1 << 16));
                Summary summary = summaryOf(index);
                out.writeUTF(summary.registryId());
                out.writeUTF(summary.modelId());
                out.writeInt(summary.dimension());
                out.writeLong(summary.generation());
                out.writeLong(summary.maxVoiceprintId());
                out.writeInt(summary.count());
                for (long id : index.voiceprintIds()) {
                    out.writeLong(id);
                }
                graph.save(new KeepOpen(out));
                out.flush();
                payloadLength = counting.count;
                ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
                header.put(MAGIC).putInt(FORMAT).putLong(payloadLength).putLong(crc.getValue()).flip();
                channel.write(header, 0);
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The header and summary of {@code file}; throws if it is not an intact index file. */
    public static Summary readSummary(Path file) throws IOException {
        try (DataInputStream in = openVerified(file)) {
            return readSummary(in);
        }
    }

    /** Loads the whole index; throws if the file is not an intact index file. */
    public static VoiceprintIndex load(Path file, HnswParameters parameters, int exactBelow, int buildThreads)
        throws IOException {
        try (DataInputStream in = openVerified(file)) {
            Summary summary = readSummary(in);
            long[] ids = new long[summary.count()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = in.readLong();
            }
            HnswVectorIndex graph = HnswVectorIndex.load(in, parameters.ef());
            if (graph.size() != summary.count() || graph.dimension() != summary.dimension()) {
                throw new IOException(file + ": graph holds " + graph.size() + " " + graph.dimension()
                    + "-D vectors, header says " + summary.count() + " " + summary.dimension() + "-D");
            }
            return new VoiceprintIndex(summary.registryId(), summary.modelId(), graph, ids, summary.generation(),
                summary.maxVoiceprintId(), parameters, exactBelow, buildThreads);
        } catch (ClassCastException | IllegalArgumentException | IllegalStateException
                 | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException(file + ": not a usable index (" + e + ")", e);
        }
    }

    private static Summary summaryOf(VoiceprintIndex index) {
        return new Summary(index.registryId(), index.modelId(), index.dimension(), index.generation(), index.maxVoiceprintId(),
            index.size());
    }

    private static Summary readSummary(DataInputStream in) throws IOException {
        String registryId = in.readUTF();
        String modelId = in.readUTF();
        int dimension = in.readInt();
        long generation = in.readLong();
        long maxVoiceprintId = in.readLong();
        int count = in.readInt();
        if (dimension <= 0 || count < 0) {
            throw new IOException("implausible index summary: " + dimension + "-D, " + count + " vectors");
        }
        return new Summary(registryId, modelId, dimension, generation, maxVoiceprintId, count);
    }

    /** Checks the header and the CRC of the whole payload, then returns a stream positioned at the payload. */
    private static DataInputStream openVerified(Path file) throws IOException {
        long payloadLength;
        long expectedCrc;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // fill the header
            }
            header.flip();
            byte[] magic = new byte[MAGIC.length];
            if (header.remaining() < HEADER_BYTES) {
                throw new IOException(file + ": too short for an index file");
            }
            header.get(magic);
            int format = header.getInt();
            payloadLength = header.getLong();
            expectedCrc = header.getLong();
            if (!java.util.Arrays.equals(magic, MAGIC) || format != FORMAT) {
                throw new IOException(file + ": not a Diarist index file (format " + format + ")");
            }
            if (payloadLength != channel.size() - HEADER_BYTES) {
                throw new IOException(file + ": truncated (" + (channel.size() - HEADER_BYTES) + " of "
                    + payloadLength + " bytes)");
            }
        }
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(payloadStream(file), crc)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (crc.getValue() != expectedCrc) {
            throw new IOException(file + ": checksum mismatch");
        }
        return new DataInputStream(payloadStream(file));
    }

    private static InputStream payloadStream(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(HEADER_BYTES);
        return in;
    }

    /** hnswlib closes the stream it writes to; the header still has to be written after it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
