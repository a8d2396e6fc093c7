package org.diarist.engine.pipeline;

import org.diarist.engine.clustering.SpeakerCountHints;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clustering of window-speaker embeddings into global speakers, on synthetic voices. */
class EmbeddingClusteringTest {

    private static final int DIM = 32;
    private static final int FRAMES = 100;
    private final Random random = new Random(11);
    private final float[][] voices = {direction(), direction(), direction()};

    /** 60 windows; voices 0 and 1 alternate as local speakers 0 and 1, voice 2 talks in every third window. */
    private LocalEmbeddings conversation(int cleanFrames) {
        LocalEmbeddings embeddings = new LocalEmbeddings();
        for (int w = 0; w < 60; w++) {
            embeddings.add(w, 0, cleanFrames, noisy(voices[w % 2]));
            embeddings.add(w, 1, cleanFrames, noisy(voices[1 - w % 2]));
            if (w % 3 == 0) {
                embeddings.add(w, 2, cleanFrames, noisy(voices[2]));
            }
        }
        return embeddings;
    }

    @Test
    void findsTheVoicesAndKeepsLocalSpeakersOfAWindowApart() {
        LocalEmbeddings embeddings = conversation(50);
        SpeakerAssignment assignment = EmbeddingClustering.assign(embeddings, 60, 3, FRAMES, ClusteringConfig.defaults());
        assertEquals(3, assignment.speakers());
        assertTrue(assignment.hasCentroids());
        int voice0 = assignment.global(0, 0);
        int voice1 = assignment.global(0, 1);
        int voice2 = assignment.global(0, 2);
        assertEquals(3, Set.of(voice0, voice1, voice2).size());
        for (int w = 0; w < 60; w++) {
            assertEquals(w % 2 == 0 ? voice0 : voice1, assignment.global(w, 0), "window " + w);
            assertEquals(w % 2 == 0 ? voice1 : voice0, assignment.global(w, 1), "window " + w);
            assertEquals(w % 3 == 0 ? voice2 : SpeakerAssignment.NONE, assignment.global(w, 2), "window " + w);
        }
    }

    @Test
    void speakerCountHintsAreHonouredExactly() {
        for (int n = 1; n <= 5; n++) {
            ClusteringConfig exactly = ClusteringConfig.builder().hints(SpeakerCountHints.exactly(n)).build();
            assertEquals(n, EmbeddingClustering.assign(conversation(50), 60, 3, FRAMES, exactly).speakers(), "exactly " + n);
        }
        ClusteringConfig atLeast4 = ClusteringConfig.builder().hints(SpeakerCountHints.atLeast(4)).build();
        assertTrue(EmbeddingClustering.assign(conversation(50), 60, 3, FRAMES, atLeast4).speakers() >= 4);
        ClusteringConfig between4and5 = ClusteringConfig.builder().hints(SpeakerCountHints.between(4, 5)).build();
        int found = EmbeddingClustering.assign(conversation(50), 60, 3, FRAMES, between4and5).speakers();
        assertTrue(found == 4 || found == 5, found + " speakers");
        ClusteringConfig atMost2 = ClusteringConfig.builder().hints(SpeakerCountHints.atMost(2)).build();
        assertEquals(2, EmbeddingClustering.assign(conversation(50), 60, 3, FRAMES, atMost2).speakers());
        for (ClusteringMethod method : ClusteringMethod.values()) {
            ClusteringConfig three = ClusteringConfig.builder().method(method).hints(SpeakerCountHints.exactly(3)).build();
            assertEquals(3, EmbeddingClustering.assign(conversation(50), 60, 3, FRAMES, three).speakers(), method.name());
        }
    }

    @Test
    void shortTurnsJoinTheMostSimilarClusterTheirWindowHasNotUsed() {
        LocalEmbeddings embeddings = conversation(50);
        // Window 60: voice 2 talks alone long enough, and a short turn of voice 0 that would also be closest to
        // nothing else; window 61: two short turns, both most similar to voice 1: only one can have it.
        embeddings.add(60, 0, 50, noisy(voices[2]));
        embeddings.add(60, 1, 3, noisy(voices[0]));
        embeddings.add(61, 0, 3, noisy(voices[1]));
        embeddings.add(61, 1, 3, noisy(voices[1]));
        SpeakerAssignment assignment = EmbeddingClustering.assign(embeddings, 62, 3, FRAMES, ClusteringConfig.defaults());
        assertEquals(assignment.global(0, 2), assignment.global(60, 0));
        assertEquals(assignment.global(0, 0), assignment.global(60, 1));
        assertNotEquals(assignment.global(61, 0), assignment.global(61, 1));
        Set<Integer> shortOnes = new HashSet<>(Set.of(assignment.global(61, 0), assignment.global(61, 1)));
        assertTrue(shortOnes.contains(assignment.global(1, 0)), "one short turn of voice 1 gets voice 1");
    }

    @Test
    void withTooFewCleanEmbeddingsAllAreClusteredAndNoneMeansNoSpeaker() {
        SpeakerAssignment fromShortTurns = EmbeddingClustering.assign(conversation(3), 60, 3, FRAMES,
            ClusteringConfig.defaults());
        assertEquals(3, fromShortTurns.speakers());
        assertEquals(0, EmbeddingClustering.assign(new LocalEmbeddings(), 5, 3, FRAMES, ClusteringConfig.defaults())
            .speakers());
    }

    private float[] direction() {
        float[] v = new float[DIM];
        for (int d = 0; d < DIM; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return normalised(v);
    }

    private float[] noisy(float[] voice) {
        float[] v = new float[DIM];
        for (int d = 0; d < DIM; d++) {
            v[d] = voice[d] + 0.08f * (float) random.nextGaussian();
        }
        return normalised(v);
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
