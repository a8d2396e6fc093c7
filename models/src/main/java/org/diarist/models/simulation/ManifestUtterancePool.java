package org.diarist.models.simulation;

import org.diarist.engine.audio.Audio;
import org.diarist.models.data.Manifest;
import org.diarist.models.data.ManifestEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The entries of a training manifest as an utterance pool: audio is decoded (16 kHz mono) when drawn, excerpts
 * are cut to their span, and the most recently used utterances stay in a bounded cache.
 */
public final class ManifestUtterancePool implements UtterancePool {

    private final Map<String, List<ManifestEntry>> bySpeaker = new TreeMap<>();
    private final List<String> speakers;
    private final Map<ManifestEntry, float[]> cache;

    /** @param cachedUtterances how many decoded utterances to keep (0 decodes every draw) */
    public ManifestUtterancePool(Manifest manifest, int cachedUtterances) {
        for (ManifestEntry e : manifest.entries()) {
            bySpeaker.computeIfAbsent(e.speaker(), k -> new ArrayList<>()).add(e);
        }
        this.speakers = List.copyOf(bySpeaker.keySet());
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ManifestEntry, float[]> eldest) {
                return size() > cachedUtterances;
            }
        };
    }

    @Override
    public List<String> speakers() {
        return speakers;
    }

    @Override
    public synchronized float[] draw(String speaker, RandomGenerator random) {
        List<ManifestEntry> entries = bySpeaker.get(speaker);
        if (entries == null) {
            throw new IllegalArgumentException("no utterances of " + speaker);
        }
        ManifestEntry entry = entries.get(random.nextInt(entries.size()));
        float[] audio = cache.get(entry);
        if (audio == null) {
            audio = load(entry);
            cache.put(entry, audio);
        }
        return audio;
    }

    private static float[] load(ManifestEntry entry) {
        float[] whole = Audio.load(entry.path(), Audio.DEFAULT_SAMPLE_RATE);
        if (entry.wholeFile()) {
            return whole;
        }
        int from = (int) Math.min(whole.length, Math.round(entry.start() * Audio.DEFAULT_SAMPLE_RATE));
        int to = (int) Math.min(whole.length, Math.round(entry.end() * Audio.DEFAULT_SAMPLE_RATE));
        return Arrays.copyOfRange(whole, from, Math.max(from, to));
    }
}
