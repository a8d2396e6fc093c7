package org.diarist.models.simulation;

import java.util.List;
import java.util.random.RandomGenerator;

/** Single-speaker recordings to build conversations from, by speaker. */
public interface UtterancePool {

    /** The speakers, in a fixed order (simulations index into it). */
    List<String> speakers();

    /** One utterance of {@code speaker}, 16 kHz mono, chosen with {@code random}. */
    float[] draw(String speaker, RandomGenerator random);
}
