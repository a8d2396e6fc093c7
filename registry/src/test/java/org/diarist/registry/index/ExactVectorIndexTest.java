package org.diarist.registry.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExactVectorIndexTest {

    @Test
    void returnsTheBestKInOrder() {
        ExactVectorIndex index = new ExactVectorIndex(2, 1);
        index.add(CosineSimilarity.unit(new float[] {1, 0}));
        index.add(CosineSimilarity.unit(new float[] {0, 1}));
        index.add(CosineSimilarity.unit(new float[] {1, 1}));
        index.add(CosineSimilarity.unit(new float[] {-1, 0}));
        List<Neighbor> found = index.search(CosineSimilarity.unit(new float[] {1, 0.1f}), 3);
        assertEquals(List.of(0, 2, 1), found.stream().map(Neighbor::ordinal).toList());
        assertEquals(0.995f, found.get(0).score(), 1e-3f);
        assertEquals(4, index.search(new float[] {1, 0}, 10).size());
        assertEquals(-1f, index.search(new float[] {1, 0}, 4).get(3).score(), 1e-6f);
    }

    @Test
    void tiesGoToTheOlderVector() {
        ExactVectorIndex index = new ExactVectorIndex(2, 2);
        index.add(new float[] {1, 0});
        index.add(new float[] {1, 0});
        assertEquals(0, index.search(new float[] {1, 0}, 1).get(0).ordinal());
    }

    @Test
    void refusesAnotherDimension() {
        ExactVectorIndex index = new ExactVectorIndex(3, 1);
        assertThrows(IllegalArgumentException.class, () -> index.add(new float[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> index.search(new float[] {1, 0}, 1));
    }
}
