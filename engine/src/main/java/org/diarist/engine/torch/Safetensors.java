package org.diarist.engine.torch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.pytorch.MemoryFormatOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The safetensors format (huggingface/safetensors): an 8-byte little-endian header length, a JSON header mapping
 * each tensor name to {@code dtype}, {@code shape} and {@code data_offsets} (relative to the end of the header)
 * plus an optional {@code __metadata__} string map, then the raw little-endian tensor bytes. No code runs on load,
 * unlike a pickle. Tensors are read onto the CPU; names keep the file's order.
 */
public final class Safetensors {

    private static final String METADATA = "__metadata__";
    /** The format caps the header at 100 MB so a corrupt length cannot allocate gigabytes. */
    private static final long MAX_HEADER = 100L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tensors and metadata of one file. */
    public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {
    }

    private Safetensors() {
    }

    /** Writes {@code tensors} (any device, made contiguous CPU copies) in name order given; atomically replaces {@code file}. */
    public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        TorchRuntime.ensureLoaded();
        ObjectNode header = JSON.createObjectNode();
        if (metadata != null && !metadata.isEmpty()) {
            ObjectNode meta = header.putObject(METADATA);
            // Sorted, so that the same weights give the same file whatever map the caller passed.
            new TreeMap<>(metadata).forEach(meta::put);
        }
        List<Tensor> cpu = new ArrayList<>();
        long offset = 0;
        for (Map.Entry<String, Tensor> entry : tensors.entrySet()) {
            Tensor t = entry.getValue().detach().cpu().contiguous();
            cpu.add(t);
            ObjectNode info = header.putObject(entry.getKey());
            info.put("dtype", Dtype.of(t.scalar_type()).name());
            ArrayNode shape = info.putArray("shape");
            for (int d = 0; d < t.dim(); d++) {
                shape.add(t.size(d));
            }
            long bytes = t.nbytes();
            info.putArray("data_offsets").add(offset).add(offset + bytes);
            offset += bytes;
        }
        byte[] json = JSON.writeValueAsBytes(header);
        // Pad the header with spaces so the data starts 8-byte aligned, as the reference writer does.
        int padded = (json.length + 7) / 8 * 8;
        byte[] headerBytes = new byte[padded];
        System.arraycopy(json, 0, headerBytes, 0, json.length);
        for (int i = json.length; i < padded; i++) {
            headerBytes[i] = ' ';
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded).array());
            out.write(headerBytes);
            byte[] buffer = new byte[1 << 20];
            for (Tensor t : cpu) {
                BytePointer data = new BytePointer(t.data_ptr()).capacity(t.nbytes());
                for (long done = 0; done < t.nbytes(); ) {
                    int n = (int) Math.min(buffer.length, t.nbytes() - done);
                    data.position(done).get(buffer, 0, n);
                    out.write(buffer, 0, n);
                    done += n;
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads every tensor of {@code file} onto the CPU. */
    public static Contents read(Path file) {
        TorchRuntime.ensureLoaded();
        checkLittleEndianHost();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8) {
                throw new InvalidInputException(file, "not a safetensors file (too short)");
            }
            ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, lengthBytes, 0);
            long headerLength = lengthBytes.flip().getLong();
            if (headerLength <= 1 || headerLength > MAX_HEADER || 8 + headerLength > size) {
                throw new InvalidInputException(file, "not a safetensors file (header length " + headerLength + ")");
            }
            ByteBuffer headerBytes = ByteBuffer.allocate((int) headerLength);
            readFully(channel, headerBytes, 8);
            JsonNode header = JSON.readTree(new String(headerBytes.array(), StandardCharsets.UTF_8).strip());
            if (header == null || !header.isObject()) {
                throw new InvalidInputException(file, "safetensors header is not a JSON object");
            }
            long dataStart = 8 + headerLength;
            Map<String, String> metadata = new LinkedHashMap<>();
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = header.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals(METADATA)) {
                    metadata.putAll(JSON.convertValue(field.getValue(), new TypeReference<Map<String, String>>() { }));
                    continue;
                }
                tensors.put(field.getKey(), readTensor(file, channel, field.getKey(), field.getValue(), dataStart, size));
            }
            return new Contents(tensors, metadata);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read safetensors: " + e.getMessage());
        }
    }

    private static Tensor readTensor(Path file, FileChannel channel, String name, JsonNode info, long dataStart,
                                     long fileSize) throws IOException {
        Dtype dtype;
        try {
            dtype = Dtype.valueOf(info.path("dtype").asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file, "tensor " + name + ": unsupported dtype " + info.path("dtype"));
        }
        JsonNode shapeNode = info.path("shape");
        long[] shape = new long[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asLong();
            count *= shape[i];
        }
        long begin = info.path("data_offsets").path(0).asLong(-1);
        long end = info.path("data_offsets").path(1).asLong(-1);
        if (begin < 0 || end - begin != count * dtype.bytes || dataStart + end > fileSize) {
            throw new InvalidInputException(file, "tensor " + name + ": data offsets [" + begin + ", " + end
                + ") do not fit shape and file");
        }
        Tensor tensor = torch.empty(shape, new TensorOptions(dtype.scalarType), new MemoryFormatOptional());
        BytePointer target = new BytePointer(tensor.data_ptr()).capacity(end - begin);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        for (long done = 0; done < end - begin; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - begin - done));
            readFully(channel, buffer, dataStart + begin + done);
            target.position(done).put(buffer.array(), 0, buffer.limit());
            done += buffer.limit();
        }
        return tensor;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            position += n;
        }
    }

    private static void checkLittleEndianHost() {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new UnsupportedOperationException("safetensors I/O assumes a little-endian host");
        }
    }

    /** Safetensors dtype names and their libtorch types. */
    enum Dtype {
        F64(torch.ScalarType.Double, 8), F32(torch.ScalarType.Float, 4), F16(torch.ScalarType.Half, 2),
        BF16(torch.ScalarType.BFloat16, 2), I64(torch.ScalarType.Long, 8), I32(torch.ScalarType.Int, 4),
        I16(torch.ScalarType.Short, 2), I8(torch.ScalarType.Char, 1), U8(torch.ScalarType.Byte, 1),
        BOOL(torch.ScalarType.Bool, 1);

        final torch.ScalarType scalarType;
        final int bytes;

        Dtype(torch.ScalarType scalarType, int bytes) {
            this.scalarType = scalarType;
            this.bytes = bytes;
        }

        /** By value: JavaCPP hands out fresh enum objects for native enum results, so identity does not hold. */
        static Dtype of(torch.ScalarType type) {
            for (Dtype d : values()) {
                if (d.scalarType.value == type.value) {
                    return d;
                }
            }
            throw new IllegalArgumentException("no safetensors dtype for " + type);
        }
    }
}
