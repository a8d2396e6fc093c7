package org.diarist.benchmarks.registry;

import org.diarist.registry.SyntheticVoices;
import org.diarist.registry.index.CosineSimilarity;
import org.diarist.registry.index.ExactVectorIndex;

import java.util.SplittableRandom;

/**
 * A benchmark population: {@code count} unit voiceprints drawn around {@code speakers} speaker centres (each
 * speaker gets count/speakers of them), with the speaker of every ordinal, and fresh queries of random speakers.
 * Same-speaker cosine about 0.7, as real speaker embeddings; different speakers about 0 ± 1/sqrt(D).
 */
final class ClusteredVoiceprints {

    static final double SAME_SPEAKER_COSINE = 0.7;

    final SyntheticVoices voices;
    final float[][] centres;
    final ExactVectorIndex vectors;
    final int[] speakerOf;

    ClusteredVoiceprints(int count, int speakers, int dimension, long seed) {
        voices = SyntheticVoices.forSameSpeakerCosine(dimension, SAME_SPEAKER_COSINE, seed);
        centres = new float[speakers][];
        for (int speaker = 0; speaker < speakers; speaker++) {
            centres[speaker] = voices.centre(speaker);
        }
        vectors = new ExactVectorIndex(dimension, count);
        speakerOf = new int[count];
        SplittableRandom random = new SplittableRandom(seed);
        for (int ordinal = 0; ordinal < count; ordinal++) {
            int speaker = ordinal % speakers;
            speakerOf[ordinal] = speaker;
            vectors.add(CosineSimilarity.unit(voices.sample(centres[speaker], random)));
        }
    }

    /** {@code count} new unit embeddings of random speakers (never stored), with their speakers. */
    Queries queries(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] queries = new float[count][];
        int[] speakers = new int[count];
        for (int i = 0; i < count; i++) {
            speakers[i] = random.nextInt(centres.length);
            queries[i] = CosineSimilarity.unit(voices.sample(centres[speakers[i]], random));
        }
        return new Queries(queries, speakers);
    }

    record Queries(float[][] vectors, int[] speakers) {
    }
}
