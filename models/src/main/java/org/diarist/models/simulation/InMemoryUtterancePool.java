package org.diarist.models.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Utterances held in memory, for tests and small pools. */
public final class InMemoryUtterancePool implements UtterancePool {

    private final Map<String, List<float[]>> bySpeaker;
    private final List<String> speakers;

    public InMemoryUtterancePool(Map<String, List<float[]>> bySpeaker) {
        this.bySpeaker = new TreeMap<>();
        bySpeaker.forEach((speaker, list) -> {
            if (!list.isEmpty()) {
                this.bySpeaker.put(speaker, List.copyOf(list));
            }
        });
        this.speakers = List.copyOf(new ArrayList<>(this.bySpeaker.keySet()));
    }

    @Override
    public List<String> speakers() {
        return speakers;
    }

    @Override
    public float[] draw(String speaker, RandomGenerator random) {
        List<float[]> list = bySpeaker.get(speaker);
        if (list == null) {
            throw new IllegalArgumentException("no utterances of " + speaker);
        }
        return list.get(random.nextInt(list.size()));
    }
}
