package org.diarist.engine.pipeline;

import org.diarist.engine.clustering.CannotLink;
import org.diarist.engine.clustering.ClusteringResult;
import org.diarist.engine.metrics.Hungarian;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * From window-speaker embeddings to global speakers, as pyannote does it: the embeddings of local speakers who
 * talk alone long enough ({@link ClusteringConfig#minCleanRatio()}) are clustered, local speakers of one window
 * cannot-linked and the speaker-count hints honoured; every other embedded local speaker then joins the most
 * similar cluster its window has not used yet (an optimal assignment per window), so short turns and
 * backchannels get a speaker without shaping the clusters. When too few embeddings pass the bar, all of them are
 * clustered.
 */
public final class EmbeddingClustering {

    private EmbeddingClustering() {
    }

    public static SpeakerAssignment assign(LocalEmbeddings embeddings, int windows, int localSpeakers,
                                           int framesPerWindow, ClusteringConfig config) {
        int[][] map = new int[windows][localSpeakers];
        for (int[] row : map) {
            Arrays.fill(row, SpeakerAssignment.NONE);
        }
        if (embeddings.size() == 0) {
            return new SpeakerAssignment(map, 0, new float[0][]);
        }
        int minClean = (int) Math.ceil(config.minCleanRatio() * framesPerWindow);
        List<Integer> shaping = new ArrayList<>();
        for (int i = 0; i < embeddings.size(); i++) {
            if (embeddings.cleanFrames(i) >= minClean) {
                shaping.add(i);
            }
        }
        if (shaping.size() < 2) {
            shaping.clear();
            for (int i = 0; i < embeddings.size(); i++) {
                shaping.add(i);
            }
        }
        float[][] vectors = new float[shaping.size()][];
        int[] group = new int[shaping.size()];
        for (int j = 0; j < shaping.size(); j++) {
            vectors[j] = embeddings.vector(shaping.get(j));
            group[j] = embeddings.window(shaping.get(j));
        }
        ClusteringResult result = config.clusterer().cluster(vectors, CannotLink.byGroupId(group), config.hints());
        boolean[] clustered = new boolean[embeddings.size()];
        for (int j = 0; j < shaping.size(); j++) {
            int i = shaping.get(j);
            map[embeddings.window(i)][embeddings.speaker(i)] = result.label(j);
            clustered[i] = true;
        }
        float[][] centroids = result.centroids();
        assignTheRest(embeddings, clustered, centroids, map);
        return new SpeakerAssignment(map, centroids.length, centroids);
    }

    /** Each window's unclustered local speakers take distinct clusters the window does not use yet. */
    private static void assignTheRest(LocalEmbeddings embeddings, boolean[] clustered, float[][] centroids,
                                      int[][] map) {
        int i = 0;
        while (i < embeddings.size()) {
            int window = embeddings.window(i);
            int end = i;
            while (end < embeddings.size() && embeddings.window(end) == window) {
                end++;
            }
            List<Integer> pending = new ArrayList<>();
            for (int k = i; k < end; k++) {
                if (!clustered[k]) {
                    pending.add(k);
                }
            }
            if (!pending.isEmpty()) {
                boolean[] used = new boolean[centroids.length];
                for (int s : map[window]) {
                    if (s != SpeakerAssignment.NONE) {
                        used[s] = true;
                    }
                }
                double[][] similarity = new double[pending.size()][centroids.length];
                for (int r = 0; r < pending.size(); r++) {
                    float[] vector = embeddings.vector(pending.get(r));
                    for (int c = 0; c < centroids.length; c++) {
                        // A used cluster is never better than any free one (cosines lie in [-1, 1]).
                        similarity[r][c] = used[c] ? -10 : cosine(vector, centroids[c]);
                    }
                }
                int[] choice = Hungarian.maximize(similarity);
                for (int r = 0; r < pending.size(); r++) {
                    int c = choice[r];
                    if (c >= 0 && !used[c]) {
                        map[window][embeddings.speaker(pending.get(r))] = c;
                    }
                }
            }
            i = end;
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return dot / Math.max(Math.sqrt(na * nb), 1e-12);
    }
}
