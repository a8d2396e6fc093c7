package org.diarist.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the little-endian float32 C-order {@code .npy} arrays that the reference scripts under
 * {@code src/test/python} write, from test resources.
 */
public record Npy(long[] shape, float[] values) {

    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    public static Npy resource(String name) {
        try (InputStream in = Npy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    static Npy parse(byte[] bytes, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || bytes[0] != (byte) 0x93 || bytes[1] != 'N' || bytes[6] != 1) {
            throw new IllegalArgumentException(name + ": not an .npy version 1 file");
        }
        int headerLength = Short.toUnsignedInt(buffer.getShort(8));
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        if (!header.contains("'descr': '<f4'") || !header.contains("'fortran_order': False")) {
            throw new IllegalArgumentException(name + ": expected little-endian float32 in C order: " + header);
        }
        Matcher m = SHAPE.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException(name + ": no shape in " + header);
        }
        long[] shape = Arrays.stream(m.group(1).split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        long count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        float[] values = new float[Math.toIntExact(count)];
        buffer.position(10 + headerLength);
        buffer.asFloatBuffer().get(values);
        return new Npy(shape, values);
    }
}
