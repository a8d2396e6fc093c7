package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;

/** Small annotations written inline: {@code Turns.of(0, 10, "A", 5, 15, "B")}. */
final class Turns {

    private Turns() {
    }

    static Annotation of(Object... startEndLabel) {
        Annotation.Builder builder = Annotation.builder("f");
        for (int i = 0; i < startEndLabel.length; i += 3) {
            builder.add(((Number) startEndLabel[i]).doubleValue(), ((Number) startEndLabel[i + 1]).doubleValue(),
                (String) startEndLabel[i + 2]);
        }
        return builder.build();
    }
}
