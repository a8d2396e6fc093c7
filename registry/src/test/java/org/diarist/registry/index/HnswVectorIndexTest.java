package org.diarist.registry.index;

import org.diarist.registry.SyntheticVoices;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HnswVectorIndexTest {

    private static final int SPEAKERS = 100;
    private static final int TAKES = 20;

    @Test
    void findsWhatBruteForceFindsOnClusteredVoiceprints() {
        SyntheticVoices voices = SyntheticVoices.forSameSpeakerCosine(192, 0.7, 11);
        ExactVectorIndex exact = filled(voices);
        HnswVectorIndex graph = HnswVectorIndex.build(exact, HnswParameters.DEFAULT, 2);
        assertEquals(exact.size(), graph.size());

        int queries = 300;
        int sameTop1 = 0;
        int top10Found = 0;
        for (int q = 0; q < queries; q++) {
            float[] query = CosineSimilarity.unit(voices.sample(q % SPEAKERS, 1_000 + q));
            List<Neighbor> truth = exact.search(query, 10);
            List<Neighbor> found = graph.search(query, 10);
            if (truth.get(0).ordinal() == found.get(0).ordinal()) {
                sameTop1++;
            }
            for (Neighbor neighbor : truth) {
                if (found.stream().anyMatch(f -> f.ordinal() == neighbor.ordinal())) {
                    top10Found++;
                }
            }
            assertEquals(truth.get(0).score(), exact.search(query, 1).get(0).score(), 0f);
        }
        double recallAt1 = sameTop1 / (double) queries;
        double recallAt10 = top10Found / (queries * 10.0);
        assertTrue(recallAt1 >= 0.98, "recall@1 " + recallAt1);
        assertTrue(recallAt10 >= 0.95, "recall@10 " + recallAt10);
    }

    @Test
    void scoresAreCosineSimilaritiesBestFirst() {
        SyntheticVoices voices = SyntheticVoices.forSameSpeakerCosine(64, 0.7, 3);
        ExactVectorIndex exact = new ExactVectorIndex(64, 10);
        for (int i = 0; i < 200; i++) {
            exact.add(CosineSimilarity.unit(voices.sample(i % 10, i)));
        }
        HnswVectorIndex graph = HnswVectorIndex.build(exact, HnswParameters.DEFAULT, 1);
        float[] query = CosineSimilarity.unit(voices.sample(3, 999));
        List<Neighbor> found = graph.search(query, 5);
        for (int i = 0; i < found.size(); i++) {
            Neighbor neighbor = found.get(i);
            assertEquals(CosineSimilarity.score(query, exact.vector(neighbor.ordinal())), neighbor.score(), 1e-5f);
            if (i > 0) {
                assertTrue(found.get(i - 1).score() >= neighbor.score());
            }
        }
        float[] stored = exact.vector(42);
        assertEquals(42, graph.search(stored, 1).get(0).ordinal(), "a stored vector is its own nearest neighbour");
        assertEquals(1f, graph.search(stored, 1).get(0).score(), 1e-5f);
    }

    @Test
    void savedAndLoadedGraphAnswersTheSame() throws IOException {
        SyntheticVoices voices = SyntheticVoices.forSameSpeakerCosine(96, 0.7, 5);
        ExactVectorIndex exact = new ExactVectorIndex(96, 500);
        for (int i = 0; i < 500; i++) {
            exact.add(CosineSimilarity.unit(voices.sample(i % 25, i)));
        }
        HnswVectorIndex graph = HnswVectorIndex.build(exact, HnswParameters.DEFAULT, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        graph.save(bytes);
        HnswVectorIndex loaded = HnswVectorIndex.load(new ByteArrayInputStream(bytes.toByteArray()), 100);
        assertEquals(graph.size(), loaded.size());
        for (int q = 0; q < 50; q++) {
            float[] query = CosineSimilarity.unit(voices.sample(q % 25, 10_000 + q));
            assertEquals(graph.search(query, 5), loaded.search(query, 5));
        }
    }

    @Test
    void growsPastItsInitialCapacity() {
        HnswVectorIndex graph = HnswVectorIndex.create(16, HnswParameters.DEFAULT, 1);
        SyntheticVoices voices = SyntheticVoices.forSameSpeakerCosine(16, 0.9, 9);
        for (int i = 0; i < 2_500; i++) {
            graph.add(CosineSimilarity.unit(voices.sample(i % 50, i)));
        }
        assertEquals(2_500, graph.size());
        assertEquals(2_499, graph.search(CosineSimilarity.unit(voices.sample(2_499 % 50, 2_499)), 1).get(0).ordinal());
    }

    private static ExactVectorIndex filled(SyntheticVoices voices) {
        ExactVectorIndex exact = new ExactVectorIndex(voices.dimension(), SPEAKERS * TAKES);
        for (int speaker = 0; speaker < SPEAKERS; speaker++) {
            for (int take = 0; take < TAKES; take++) {
                exact.add(CosineSimilarity.unit(voices.sample(speaker, take)));
            }
        }
        return exact;
    }
}
