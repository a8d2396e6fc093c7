package org.diarist.models.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Test utterances: harmonic bursts (one pitch per speaker) separated by exact digital silence. */
final class SyntheticVoices {

    static final int RATE = 16000;

    private SyntheticVoices() {
    }

    static InMemoryUtterancePool pool(int speakers, int utterancesEach, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<float[]>> pool = new LinkedHashMap<>();
        for (int s = 0; s < speakers; s++) {
            List<float[]> list = new ArrayList<>();
            for (int u = 0; u < utterancesEach; u++) {
                list.add(utterance(100 + 37 * s, random));
            }
            pool.put("test:" + (char) ('a' + s), list);
        }
        return new InMemoryUtterancePool(pool);
    }

    /** Silence, then 2-4 bursts of 0.4-2 s with 0.3-0.8 s of silence between them, then silence. */
    static float[] utterance(double f0, SplittableRandom random) {
        List<float[]> parts = new ArrayList<>();
        parts.add(new float[(int) (random.nextDouble(0.1, 0.5) * RATE)]);
        int bursts = 2 + random.nextInt(3);
        for (int b = 0; b < bursts; b++) {
            parts.add(burst(f0, (int) (random.nextDouble(0.4, 2.0) * RATE)));
            parts.add(new float[(int) (random.nextDouble(0.3, 0.8) * RATE)]);
        }
        int length = parts.stream().mapToInt(p -> p.length).sum();
        float[] out = new float[length];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static float[] burst(double f0, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            double t = (double) i / RATE;
            double sum = 0;
            for (int h = 1; h <= 4; h++) {
                sum += Math.sin(2 * Math.PI * f0 * h * t) / h;
            }
            x[i] = (float) (0.1 * sum);
        }
        return x;
    }
}
