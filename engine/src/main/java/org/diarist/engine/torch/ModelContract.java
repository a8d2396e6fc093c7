package org.diarist.engine.torch;

import java.util.List;
import java.util.Map;

/**
 * What a TorchScript model must accept and return, checked by a dry run when it is loaded: the arguments of
 * {@code forward} (a {@link ShapeSpec} becomes a zero tensor of that shape, any other value — an int such as a
 * sample rate, a double, a boolean — is passed as is), the sizes its symbols take in the dry run, and the shape
 * of the tensor it must return.
 */
public record ModelContract(List<Object> arguments, Map<String, Long> dryRunSizes, ShapeSpec output) {

    public ModelContract {
        arguments = List.copyOf(arguments);
        dryRunSizes = Map.copyOf(dryRunSizes);
        for (Object argument : arguments) {
            if (!(argument instanceof ShapeSpec || argument instanceof Long || argument instanceof Integer
                || argument instanceof Double || argument instanceof Boolean)) {
                throw new IllegalArgumentException("unsupported argument " + argument);
            }
        }
    }

    /** A model taking one tensor: {@code ModelContract.of(ShapeSpec.of("B", 1, 160000), Map.of("B", 2L), out)}. */
    public static ModelContract of(ShapeSpec input, Map<String, Long> dryRunSizes, ShapeSpec output) {
        return new ModelContract(List.of(input), dryRunSizes, output);
    }
}
