package org.diarist.models.catalog;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps the lower-case ids the catalog JSON uses to enum constants, with an error that lists the valid ids. */
final class CatalogIds {

    private CatalogIds() {
    }

    static <E extends Enum<E>> E find(E[] values, Function<E, String> id, String wanted, String field) {
        for (E value : values) {
            if (id.apply(value).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + field + " '" + wanted + "' (expected one of "
            + Arrays.stream(values).map(id).collect(Collectors.joining(", ")) + ")");
    }
}
