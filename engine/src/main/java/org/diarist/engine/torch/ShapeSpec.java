package org.diarist.engine.torch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tensor shape a model promises, such as {@code [B, 589, 7]}: each dimension is a fixed size or a named symbol.
 * The same symbol must take the same size everywhere in one call (the batch size of the input comes back in the
 * output).
 */
public final class ShapeSpec {

    private final List<Object> dims;

    private ShapeSpec(List<Object> dims) {
        this.dims = List.copyOf(dims);
    }

    /** Dimensions given as numbers (fixed sizes) or strings (symbols such as "B"). */
    public static ShapeSpec of(Object... dims) {
        List<Object> checked = new ArrayList<>();
        for (Object dim : dims) {
            if (dim instanceof Number n && n.longValue() >= 0) {
                checked.add(n.longValue());
            } else if (dim instanceof String s && !s.isBlank()) {
                checked.add(s);
            } else {
                throw new IllegalArgumentException("a dimension is a size >= 0 or a symbol, not " + dim);
            }
        }
        return new ShapeSpec(checked);
    }

    public int rank() {
        return dims.size();
    }

    /** A concrete shape: symbols replaced by their sizes in {@code sizes}. */
    public long[] concrete(Map<String, Long> sizes) {
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            Object dim = dims.get(i);
            if (dim instanceof String symbol) {
                Long size = sizes.get(symbol);
                if (size == null) {
                    throw new IllegalArgumentException("no size for symbol " + symbol + " in " + this);
                }
                shape[i] = size;
            } else {
                shape[i] = (Long) dim;
            }
        }
        return shape;
    }

    /**
     * Whether {@code shape} fits, binding symbols that are not bound yet into {@code sizes} (which it updates).
     */
    public boolean matches(long[] shape, Map<String, Long> sizes) {
        if (shape.length != dims.size()) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            Object dim = dims.get(i);
            if (dim instanceof String symbol) {
                Long bound = sizes.putIfAbsent(symbol, shape[i]);
                if (bound != null && bound != shape[i]) {
                    return false;
                }
            } else if ((Long) dim != shape[i]) {
                return false;
            }
        }
        return true;
    }

    public static String format(long[] shape) {
        return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return dims.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShapeSpec s && s.dims.equals(dims);
    }

    @Override
    public int hashCode() {
        return dims.hashCode();
    }
}
