package org.diarist.engine.clustering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgglomerativeClustererTest {

    /** Same-speaker cosine ~0.8 as WeSpeaker embeddings within one recording: what pyannote's 0.70 is tuned to. */
    static final double SPREAD = 0.5;

    private final AgglomerativeClusterer clusterer = new AgglomerativeClusterer();

    static int[] sizesFrom12(int speakers, long seed) {
        Random random = new Random(seed);
        int[] sizes = new int[speakers];
        for (int s = 0; s < speakers; s++) {
            sizes[s] = 12 + random.nextInt(70);
        }
        return sizes;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void thresholdFindsTheSpeakers(int speakers) {
        for (long seed = 1; seed <= 3; seed++) {
            SyntheticSpeakers data = SyntheticSpeakers.generate(seed * 10 + speakers, 0.2, SPREAD, sizesFrom12(speakers, seed));
            ClusteringResult result = clusterer.cluster(data.embeddings);
            assertEquals(speakers, result.clusterCount(), result.toString());
            assertEquals(speakers, result.diagnostics().estimatedClusters());
            assertTrue(SyntheticSpeakers.adjustedRandIndex(result.labels(), data.truth) > 0.98 || speakers == 1);
        }
    }

    @Test
    void smallClustersJoinTheirMostSimilarLargeCluster() {
        // Two speakers plus three stray embeddings of a third voice: too few to be a speaker of their own.
        SyntheticSpeakers data = SyntheticSpeakers.generate(5, 0.2, SPREAD, 60, 40, 3);
        ClusteringResult result = clusterer.cluster(data.embeddings);
        assertEquals(2, result.clusterCount());
        ClusteringResult keepAll = new AgglomerativeClusterer(AgglomerativeClusteringConfig.builder().minClusterSize(1).build())
            .cluster(data.embeddings);
        assertEquals(3, keepAll.clusterCount());
        assertEquals(1.0, SyntheticSpeakers.adjustedRandIndex(keepAll.labels(), data.truth), 1e-9);
    }

    @Test
    void hintsCutTheDendrogramAtTheRequestedCount() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(21, 0.2, SPREAD, sizesFrom12(5, 21));
        for (int n = 1; n <= 9; n++) {
            ClusteringResult result = clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.exactly(n));
            assertEquals(n, result.clusterCount(), "exactly " + n);
        }
        assertEquals(5, clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.between(3, 7)).clusterCount());
        assertEquals(3, clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.atMost(3)).clusterCount());
        assertEquals(7, clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.atLeast(7)).clusterCount());
        ClusteringResult four = clusterer.cluster(data.embeddings, CannotLink.none(), SpeakerCountHints.exactly(4));
        assertTrue(SyntheticSpeakers.purity(four.labels(), data.truth) < 1.0, "four clusters must merge two voices");
    }

    @Test
    void sameInputGivesTheSameLabels() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(22, 0.2, SPREAD, 40, 30, 20);
        assertArrayEquals(clusterer.cluster(data.embeddings).labels(), clusterer.cluster(data.embeddings).labels());
    }

    @Test
    void windowConstraintsAreHonoured() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(23, 0.2, SPREAD, 50, 50);
        // Pair every embedding of speaker 0 with one of speaker 0 or 1 in "windows" of two.
        List<int[]> groups = new ArrayList<>();
        int[] order = new int[data.truth.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i + 1 < order.length; i += 2) {
            groups.add(new int[] {order[i], order[i + 1]});
        }
        CannotLink constraints = CannotLink.ofGroups(groups);
        ClusteringResult result = clusterer.cluster(data.embeddings, constraints, SpeakerCountHints.none());
        assertEquals(2, result.clusterCount());
        assertEquals(0, constraints.countViolations(result.labels()));
    }

    @Test
    void edgeCasesAndBadInput() {
        assertEquals(0, clusterer.cluster(new float[0][]).clusterCount());
        assertEquals(1, clusterer.cluster(new float[][] {{1, 2, 3}}).clusterCount());
        assertEquals(1, clusterer.cluster(new float[][] {{1, 0.1f}, {1, 0.12f}}).clusterCount());
        assertEquals(2, clusterer.cluster(new float[][] {{1, 0}, {-1, 0.1f}}).clusterCount());
        assertEquals(2, clusterer.cluster(new float[][] {{1, 0.1f}, {1, 0.12f}}, CannotLink.none(), SpeakerCountHints.exactly(2)).clusterCount());
        assertThrows(IllegalArgumentException.class, () -> clusterer.cluster(new float[][] {{1, 0}, {1, 0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> AgglomerativeClusteringConfig.builder().threshold(0).build());
        assertThrows(IllegalArgumentException.class, () -> AgglomerativeClusteringConfig.builder().maxDirectSize(5000).build());
    }

    @Test
    void linkageMatchesANaiveCentroidAgglomeration() {
        Random random = new Random(3);
        int m = 25;
        double[][] points = new double[m][4];
        double[] weights = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 4; j++) {
                points[i][j] = random.nextGaussian();
            }
            weights[i] = 1 + random.nextInt(3);
        }
        Dendrogram dendrogram = CentroidLinkage.build(points, weights);
        double[] naive = naiveHeights(points, weights);
        for (int s = 0; s < m - 1; s++) {
            assertEquals(naive[s], dendrogram.height(s), 1e-9, "merge " + s);
        }
        assertEquals(1, Arrays.stream(dendrogram.cutAtCount(1)).distinct().count());
        assertEquals(m, Arrays.stream(dendrogram.cutAtCount(m)).distinct().count());
        assertEquals(m, Arrays.stream(dendrogram.cutAtHeight(0)).distinct().count());
    }

    /** Merge heights by recomputing every weighted centroid distance at every step (O(m^3)). */
    private static double[] naiveHeights(double[][] points, double[] weights) {
        List<double[]> centroids = new ArrayList<>();
        List<Double> mass = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            centroids.add(points[i].clone());
            mass.add(weights[i]);
        }
        double[] heights = new double[points.length - 1];
        for (int s = 0; s < heights.length; s++) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < centroids.size(); a++) {
                for (int b = a + 1; b < centroids.size(); b++) {
                    double d = Math.sqrt(UnitVectors.squaredDistance(centroids.get(a), centroids.get(b)));
                    if (d < best) {
                        best = d;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            heights[s] = best;
            double wa = mass.get(bestA);
            double wb = mass.get(bestB);
            double[] merged = new double[points[0].length];
            for (int j = 0; j < merged.length; j++) {
                merged[j] = (wa * centroids.get(bestA)[j] + wb * centroids.get(bestB)[j]) / (wa + wb);
            }
            centroids.remove(bestB);
            mass.remove(bestB);
            centroids.set(bestA, merged);
            mass.set(bestA, wa + wb);
        }
        return heights;
    }
}
