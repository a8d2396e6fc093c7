package org.diarist.engine.clustering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CannotLinkTest {

    /** Sliding windows with 1-3 local speakers each; some windows hold one voice split in two local speakers. */
    private static final class Windows {
        final float[][] embeddings;
        final int[] truth;
        final int[] window;

        Windows(long seed, int speakers, int windows, double splitRate, double spread) {
            Random random = new Random(seed);
            int[] perSpeaker = new int[speakers];
            List<int[]> items = new ArrayList<>(); // {window, speaker}
            for (int w = 0; w < windows; w++) {
                int local = 1 + random.nextInt(3);
                List<Integer> pool = new ArrayList<>();
                for (int s = 0; s < speakers; s++) {
                    pool.add(s);
                }
                java.util.Collections.shuffle(pool, random);
                for (int l = 0; l < Math.min(local, speakers); l++) {
                    items.add(new int[] {w, pool.get(l)});
                }
                if (random.nextDouble() < splitRate) {
                    items.add(new int[] {w, pool.get(0)}); // the same voice twice in one window
                }
            }
            for (int[] item : items) {
                perSpeaker[item[1]]++;
            }
            SyntheticSpeakers voices = SyntheticSpeakers.generate(seed, 0.2, spread, perSpeaker);
            // Hand out each speaker's embeddings in order.
            List<List<Integer>> bySpeaker = new ArrayList<>();
            for (int s = 0; s < speakers; s++) {
                bySpeaker.add(new ArrayList<>());
            }
            for (int i = 0; i < voices.truth.length; i++) {
                bySpeaker.get(voices.truth[i]).add(i);
            }
            int[] next = new int[speakers];
            embeddings = new float[items.size()][];
            truth = new int[items.size()];
            window = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                int speaker = items.get(i)[1];
                embeddings[i] = voices.embeddings[bySpeaker.get(speaker).get(next[speaker]++)];
                truth[i] = speaker;
                window[i] = items.get(i)[0];
            }
        }
    }

    @Test
    void windowConstraintsAreHonouredBySpectralAndAgglomerativeClustering() {
        // Same-speaker cosine ~0.8, which both methods' defaults are tuned for.
        Windows data = new Windows(3, 4, 120, 0.1, 0.5);
        CannotLink constraints = CannotLink.byGroupId(data.window);
        assertTrue(constraints.countViolations(data.truth) > 0, "the data contains split voices to repair");
        for (Clusterer clusterer : List.of(new SpectralClusterer(), new AgglomerativeClusterer())) {
            ClusteringResult result = clusterer.cluster(data.embeddings, constraints, SpeakerCountHints.none());
            assertEquals(4, result.clusterCount(), result.toString());
            assertEquals(0, constraints.countViolations(result.labels()), "no window shares a cluster");
            assertEquals(0, result.diagnostics().cannotLinkUnsatisfied());
            assertTrue(result.diagnostics().cannotLinkMoves() > 0);
            assertTrue(SyntheticSpeakers.purity(result.labels(), data.truth) > 0.9);
        }
    }

    @Test
    void constraintsHoldUnderAnExactHint() {
        Windows data = new Windows(5, 3, 80, 0.2, 0.8);
        CannotLink constraints = CannotLink.byGroupId(data.window);
        ClusteringResult result = new SpectralClusterer().cluster(data.embeddings, constraints, SpeakerCountHints.exactly(5));
        assertEquals(5, result.clusterCount());
        assertEquals(0, constraints.countViolations(result.labels()));
    }

    @Test
    void aGroupLargerThanTheClusterCountIsReportedNotHidden() {
        SyntheticSpeakers data = SyntheticSpeakers.generate(9, 20, 20);
        CannotLink constraints = CannotLink.ofGroups(List.of(new int[] {0, 1, 2}));
        ClusteringResult result = new SpectralClusterer().cluster(data.embeddings, constraints, SpeakerCountHints.exactly(2));
        assertEquals(2, result.clusterCount());
        assertEquals(1, result.diagnostics().cannotLinkUnsatisfied());
        int[] labels = result.labels();
        assertTrue(labels[0] != labels[1] || labels[0] != labels[2], "two of the three members are split");
    }

    @Test
    void groupsAreBuiltFromWindowIdsAndValidated() {
        CannotLink byWindow = CannotLink.byGroupId(new int[] {0, 0, 1, -1, 1, 2});
        assertEquals(2, byWindow.groups().size());
        assertArrayEquals(new int[] {0, 1}, byWindow.groups().get(0));
        assertArrayEquals(new int[] {2, 4}, byWindow.groups().get(1));
        assertEquals(2, byWindow.largestGroup());
        assertEquals(1, byWindow.countViolations(new int[] {0, 0, 1, 1, 2, 2}));
        assertThrows(IllegalArgumentException.class, () -> CannotLink.ofPairs(new int[][] {{0, 1}, {1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> CannotLink.ofGroups(List.of(new int[] {0, -1})));
    }
}
