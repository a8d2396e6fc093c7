package org.diarist.engine.clustering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpectralClustererTest {

    private final SpectralClusterer clusterer = new SpectralClusterer();

    /** Unequal speaker sizes, from a dominant speaker down to one with a handful of turns. */
    static int[] unequalSizes(int speakers, long seed) {
        Random random = new Random(seed);
        int[] sizes = new int[speakers];
        for (int s = 0; s < speakers; s++) {
            sizes[s] = 8 + random.nextInt(70);
        }
        return sizes;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void findsTheSpeakersOfWellSeparatedData(int speakers) {
        for (long seed = 1; seed <= 2; seed++) {
            SyntheticSpeakers data = SyntheticSpeakers.generate(seed * 100 + speakers, unequalSizes(speakers, seed));
            ClusteringResult result = clusterer.cluster(data.embeddings);
            assertEquals(speakers, result.clusterCount(), "estimated speaker count, seed " + seed + ": " + result);
            assertEquals(speakers, result.diagnostics().estimatedClusters());
            double ari = SyntheticSpeakers.adjustedRandIndex(result.labels(), data.truth);
            assertTrue(ari > 0.98, "ARI " + ari + " for " + speakers + " speakers, seed " + seed);
            assertTrue(SyntheticSpeakers.purity(result.labels(), data.truth) > 0.99);
        }
    }

    @Test
    void labelsFollowFirstAppearanceAndCentroidsAreUnitMeans() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(7, 30, 20, 10);
        ClusteringResult result = clusterer.cluster(data.embeddings);
        int[] labels = result.labels();
        int nextNew = 0;
        for (int label : labels) {
            assertTrue(label <= nextNew, "labels in order of first appearance");
            if (label == nextNew) {
                nextNew++;
            }
        }
        assertEquals(labels.length, Arrays.stream(result.clusterSizes()).sum());
        double[][] unit = UnitVectors.normalise(data.embeddings);
        double[][] expected = Clusters.unitCentroids(unit, labels, result.clusterCount());
        for (int k = 0; k < result.clusterCount(); k++) {
            float[] centroid = result.centroid(k);
            for (int j = 0; j < centroid.length; j++) {
                assertEquals(expected[k][j], centroid[j], 1e-6);
            }
        }
    }

    @Test
    void exactHintIsHonouredAgainstTheNaturalCount() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(11, unequalSizes(5, 11));
        for (int n = 1; n <= 9; n++) {
            ClusteringResult result = clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.exactly(n));
            assertEquals(n, result.clusterCount(), "exactly " + n);
            assertEquals(n, Arrays.stream(result.labels()).distinct().count());
        }
    }

    @Test
    void boundsAreHonouredAndDoNotDisturbAnAllowedNaturalCount() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(12, unequalSizes(5, 12));
        assertEquals(5, clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.between(4, 6)).clusterCount());
        assertEquals(5, clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.atLeast(2)).clusterCount());
        assertEquals(5, clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.atMost(8)).clusterCount());
        int capped = clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.atMost(3)).clusterCount();
        assertTrue(capped >= 1 && capped <= 3, "at most 3, got " + capped);
        int raised = clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.atLeast(7)).clusterCount();
        assertTrue(raised >= 7 && raised <= 20, "at least 7, got " + raised);
        int within = clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.between(2, 3)).clusterCount();
        assertTrue(within >= 2 && within <= 3, "between 2 and 3, got " + within);
    }

    @Test
    void oneVoiceStaysOneCluster() {
        for (int n : new int[] {3, 10, 50, 300}) {
            SyntheticSpeakers data = SyntheticSpeakers.generate(20 + n, n);
            ClusteringResult result = clusterer.cluster(data.embeddings);
            assertEquals(1, result.clusterCount(), "single speaker with " + n + " embeddings: " + result);
            assertTrue(result.diagnostics().singleSpeaker() || n < 3);
        }
    }

    @Test
    void aMinoritySpeakerIsNotMergedByTheSingleSpeakerCheck() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(31, 200, 8);
        ClusteringResult result = clusterer.cluster(data.embeddings);
        assertEquals(2, result.clusterCount(), result.toString());
        assertTrue(SyntheticSpeakers.adjustedRandIndex(result.labels(), data.truth) > 0.95);
    }

    @Test
    void minimumHintOfTwoDisablesTheSingleSpeakerCheck() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(32, 60);
        ClusteringResult result = clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.atLeast(2));
        assertEquals(2, result.clusterCount(), "parts of one voice merge down to the hinted minimum: " + result);
        assertTrue(!result.diagnostics().singleSpeaker());
    }

    @Test
    void smallInputsAreMostlySeparated() {
        // A handful of embeddings carries little evidence: ask for 5 exact recoveries out of 6 seeds.
        for (int[] sizes : new int[][] {{3, 3}, {4, 2}, {3, 3, 3}, {5, 5}, {10, 3}, {4, 4, 4, 4}}) {
            int exact = 0;
            for (long seed = 1; seed <= 6; seed++) {
                SyntheticSpeakers data = SyntheticSpeakers.generate(seed * 13 + sizes.length, sizes);
                ClusteringResult result = clusterer.cluster(data.embeddings);
                if (SyntheticSpeakers.adjustedRandIndex(result.labels(), data.truth) == 1.0) {
                    exact++;
                }
            }
            assertTrue(exact >= 5, Arrays.toString(sizes) + ": only " + exact + " of 6 exact");
        }
    }

    @Test
    void partsOfOneVoiceAreMergedButDistinctVoicesAreNot() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(72, 40, 30);
        double[][] unit = UnitVectors.normalise(data.embeddings);
        // Cut speaker 0 in two halves: three clusters, two of them one voice.
        int[] labels = new int[data.truth.length];
        int seen = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.truth[i] == 1 ? 2 : (seen++ % 2);
        }
        int k = SameVoiceMerger.merge(unit, labels, 3, 1, 0.75);
        assertEquals(2, k);
        assertEquals(1.0, SyntheticSpeakers.adjustedRandIndex(labels, data.truth), 1e-9);
        assertEquals(1, SameVoiceMerger.merge(unit, labels.clone(), 2, 1, 0.1), "a low threshold merges voices too");
        assertEquals(2, SameVoiceMerger.merge(unit, labels.clone(), 2, 2, 0.1), "never below the hinted minimum");
    }

    @Test
    void sameSeedGivesTheSameLabelsAndDiagnostics() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(41, unequalSizes(4, 41));
        ClusteringResult first = clusterer.cluster(data.embeddings);
        ClusteringResult second = new SpectralClusterer(SpectralClusteringConfig.defaults()).cluster(data.embeddings);
        assertArrayEquals(first.labels(), second.labels());
        assertEquals(first.diagnostics(), second.diagnostics());
        SpectralClusterer otherSeed = new SpectralClusterer(SpectralClusteringConfig.builder().seed(99).build());
        ClusteringResult third = otherSeed.cluster(data.embeddings);
        assertEquals(1.0, SyntheticSpeakers.adjustedRandIndex(first.labels(), third.labels()), 1e-9,
            "well-separated data does not depend on the seed");
    }

    @Test
    void diagnosticsReportAutoTuneAndEigengaps() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(51, 40, 30, 20);
        ClusteringDiagnostics diagnostics = clusterer.cluster(data.embeddings).diagnostics();
        assertEquals("spectral", diagnostics.method());
        assertTrue(diagnostics.percentile() >= 0.40 - 1e-9 && diagnostics.percentile() <= 0.95 + 1e-9);
        double[] gaps = diagnostics.eigengaps();
        assertEquals(50, gaps.length, "gaps reported up to the largest count allowed");
        int argmax = 0;
        for (int k = 1; k < gaps.length; k++) {
            if (gaps[k] > gaps[argmax]) {
                argmax = k;
            }
        }
        assertEquals(3, argmax + 1, "largest eigengap at k = 3: " + Arrays.toString(gaps));
        assertEquals(90, diagnostics.items());
        assertEquals(90, diagnostics.coreItems());
    }

    @Test
    void moreSpeakersThanTheOldCapOfTwentyAreNotLumpedIntoTheirTwoFamilies() {
        // 21 voices in two "genders", 48 embeddings each (so pre-clustered): with at most 20 clusters allowed, the
        // largest eigengap left was between the two families and 2 speakers came out of a 2-hour recording.
        SyntheticSpeakers data = SyntheticSpeakers.inFamilies(8, 2, 21, 48);
        ClusteringResult result = clusterer.cluster(data.embeddings);
        assertEquals(21, result.clusterCount(), result.diagnostics().toString());
        assertTrue(SyntheticSpeakers.adjustedRandIndex(data.truth, result.labels()) > 0.95);
    }

    @Test
    void edgeCases() {
        ClusteringResult empty = clusterer.cluster(new float[0][]);
        assertEquals(0, empty.clusterCount());
        assertEquals(0, empty.labels().length);

        ClusteringResult one = clusterer.cluster(new float[][] {{3, 4}}, CannotLink.none(), SpeakerCountHints.exactly(3));
        assertEquals(1, one.clusterCount());
        assertArrayEquals(new float[] {0.6f, 0.8f}, one.centroid(0), 1e-6f);

        float[][] alike = {{1, 0.1f}, {1, 0.12f}};
        assertEquals(1, clusterer.cluster(alike).clusterCount());
        float[][] opposite = {{1, 0}, {-1, 0.1f}};
        assertEquals(2, clusterer.cluster(opposite).clusterCount());
        assertEquals(2, clusterer.cluster(alike, CannotLink.none(), SpeakerCountHints.exactly(2)).clusterCount());
        // Cannot-link does not raise the speaker count: one voice stays one cluster, the pair is reported.
        ClusteringResult constrained = clusterer.cluster(alike, CannotLink.ofPairs(new int[][] {{0, 1}}), SpeakerCountHints.none());
        assertEquals(1, constrained.clusterCount());
        assertEquals(1, constrained.diagnostics().cannotLinkUnsatisfied());

        SyntheticSpeakers three = SyntheticSpeakers.generate(61, 3);
        assertEquals(3, clusterer.cluster(three.embeddings, CannotLink.none(), SpeakerCountHints.exactly(5)).clusterCount());
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
            () -> clusterer.cluster(new float[][] {{1, 0, 0}, {0, 1}}));
        assertEquals("embedding 1 has dimension 2, expected 3 like embedding 0", mismatch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> clusterer.cluster(new float[][] {{0, 0}, {1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> clusterer.cluster(new float[][] {{Float.NaN, 0}}));
        assertThrows(IllegalArgumentException.class, () -> clusterer.cluster(new float[][] {{1, 0}, null}));
        assertThrows(IllegalArgumentException.class, () -> clusterer.cluster(new float[][] {{1, 0}},
            CannotLink.ofPairs(new int[][] {{0, 1}}), SpeakerCountHints.none()));
    }
}
