package org.diarist.engine.clustering;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreClusteringTest {

    @Test
    void sharesAreProportionalBoundedAndSumToTheTotal() {
        assertArrayEquals(new int[] {5, 3, 2}, PreClustering.proportionalShares(new int[] {50, 30, 20}, 10));
        assertArrayEquals(new int[] {1, 1, 8}, PreClustering.proportionalShares(new int[] {1, 2, 97}, 10));
        assertArrayEquals(new int[] {2, 3}, PreClustering.proportionalShares(new int[] {2, 3}, 5));
        int[] shares = PreClustering.proportionalShares(new int[] {7, 1, 1, 400, 33}, 50);
        assertEquals(50, Arrays.stream(shares).sum());
        assertTrue(Arrays.stream(shares).allMatch(s -> s >= 1));
    }

    @Test
    void largeInputsBecomeTheRequestedNumberOfWeightedGroups() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(5, 900, 500, 100);
        double[][] unit = UnitVectors.normalise(data.embeddings);
        PreClustering.Groups groups = new PreClustering(3, 0).reduce(unit, 200);
        assertEquals(200, groups.size());
        assertEquals(1500.0, Arrays.stream(groups.weights()).sum(), 1e-9);
        int[] sizes = Clusters.sizes(groups.groupOfItem(), 200);
        assertTrue(Arrays.stream(sizes).allMatch(s -> s >= 1), "no empty group");
        // Groups compress, they do not mix voices: each group is pure.
        int[] speakerOfGroup = new int[200];
        Arrays.fill(speakerOfGroup, -1);
        for (int i = 0; i < unit.length; i++) {
            int g = groups.groupOfItem()[i];
            assertTrue(speakerOfGroup[g] < 0 || speakerOfGroup[g] == data.truth[i], "group " + g + " mixes voices");
            speakerOfGroup[g] = data.truth[i];
        }
        assertSame(unit, new PreClustering(3, 0).reduce(unit, 1500).points(), "small inputs pass through");
    }
}
