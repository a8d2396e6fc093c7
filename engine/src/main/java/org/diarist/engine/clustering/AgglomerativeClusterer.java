package org.diarist.engine.clustering;

/**
 * Centroid-linkage agglomerative clustering ({@code --clustering ahc}), as pyannote 3.1 clusters
 * window-speaker embeddings.
 *
 * <ol>
 *   <li>Dendrogram of the L2-normalised embeddings with centroid linkage (Euclidean distance of means).</li>
 *   <li>Cut at {@link AgglomerativeClusteringConfig#threshold()}; clusters of at least the effective
 *       minimum size are speakers ("large"), the others join the large cluster with the most similar
 *       centroid (cosine).</li>
 *   <li>If the number of large clusters is outside the hinted range, the dendrogram is cut instead at the
 *       smallest cluster count that has exactly the nearest allowed number of large clusters (or, when no
 *       cut has, at that number of clusters counting every cluster as large).</li>
 *   <li>Cannot-link repair per group ({@link CannotLinkEnforcer}).</li>
 * </ol>
 *
 * <p>Memory is O(m^2) for m points: inputs above {@link AgglomerativeClusteringConfig#maxDirectSize()}
 * (default 1000, a 4 MB distance matrix) are first pre-clustered by k-means into that many groups, whose
 * means weighted by their sizes are agglomerated exactly as their members would be merged at the top of
 * the tree.
 */
public final class AgglomerativeClusterer implements Clusterer {

    private final AgglomerativeClusteringConfig config;

    public AgglomerativeClusterer(AgglomerativeClusteringConfig config) {
        this.config = config;
    }

    public AgglomerativeClusterer() {
        this(AgglomerativeClusteringConfig.defaults());
    }

    public AgglomerativeClusteringConfig config() {
        return config;
    }

    @Override
    public ClusteringResult cluster(float[][] embeddings, CannotLink constraints, SpeakerCountHints hints) {
        double[][] unit = UnitVectors.normalise(embeddings);
        int n = unit.length;
        constraints.validate(n);
        ClusterCountRange range = hints.resolve(n, n);
        if (n == 0) {
            return Clusters.emptyResult("ahc");
        }
        PreClustering.Groups groups = new PreClustering(config.preClusteringIterations(), config.seed())
            .reduce(unit, config.maxDirectSize(), range, AgglomerativeClusteringConfig.LARGEST_DIRECT_SIZE);
        double[][] means = groups.isIdentity() ? unit : groupMeans(unit, groups);
        Dendrogram dendrogram = CentroidLinkage.build(means, groups.weights());
        int minSize = (int) Math.min(config.minClusterSize(), Math.max(1, Math.round(0.1 * n)));

        int[] cut = dendrogram.cutAtHeight(config.threshold());
        int natural = countLarge(cut, groups.weights(), minSize);
        int target = range.clampTo(groups.size()).clamp(Math.max(natural, 1));
        if (natural != target) {
            cut = cutWithLargeClusters(dendrogram, groups.weights(), minSize, target);
        }
        int[] labels = groups.expand(mergeSmallClusters(means, groups.weights(), cut, minSize, target));
        int k = Clusters.relabelByFirstAppearance(labels);
        CannotLinkEnforcer.Outcome repair = CannotLinkEnforcer.enforce(unit, labels, k, constraints);
        ClusteringDiagnostics diagnostics = new ClusteringDiagnostics("ahc", n, groups.size(), natural, k, false,
            Double.NaN, new double[0], repair.moves(), repair.unsatisfiedPairs());
        return Clusters.result(unit, labels, diagnostics);
    }

    /** Plain (not normalised) means of the unit members of each group: centroid linkage needs them. */
    private static double[][] groupMeans(double[][] unit, PreClustering.Groups groups) {
        int dimension = unit[0].length;
        double[][] means = new double[groups.size()][dimension];
        int[] groupOfItem = groups.groupOfItem();
        for (int i = 0; i < unit.length; i++) {
            double[] mean = means[groupOfItem[i]];
            for (int j = 0; j < dimension; j++) {
                mean[j] += unit[i][j];
            }
        }
        double[] weights = groups.weights();
        for (int g = 0; g < means.length; g++) {
            UnitVectors.scale(means[g], 1.0 / weights[g]);
        }
        return means;
    }

    private static double[] clusterWeights(int[] labels, double[] weights) {
        int k = 0;
        for (int label : labels) {
            k = Math.max(k, label + 1);
        }
        double[] total = new double[k];
        for (int i = 0; i < labels.length; i++) {
            total[labels[i]] += weights[i];
        }
        return total;
    }

    private static int countLarge(int[] labels, double[] weights, int minSize) {
        int large = 0;
        for (double weight : clusterWeights(labels, weights)) {
            if (weight >= minSize) {
                large++;
            }
        }
        return large;
    }

    /**
     * The cut with the fewest clusters that holds exactly {@code target} large ones. Cutting one cluster
     * more splits one node in two, which changes the large count by at most one, so scanning upwards from
     * {@code target} clusters meets the target before passing it. Without such a cut every cluster of the
     * {@code target}-cluster cut counts as large.
     */
    private static int[] cutWithLargeClusters(Dendrogram dendrogram, double[] weights, int minSize, int target) {
        for (int clusters = target; clusters <= dendrogram.points(); clusters++) {
            int[] cut = dendrogram.cutAtCount(clusters);
            if (countLarge(cut, weights, minSize) == target) {
                return cut;
            }
        }
        return dendrogram.cutAtCount(target);
    }

    /**
     * Point labels where every small cluster has joined the large cluster with the most similar centroid;
     * when fewer than {@code target} clusters are large (the fallback cut), all clusters count as large.
     */
    private static int[] mergeSmallClusters(double[][] points, double[] weights, int[] cut, int minSize, int target) {
        double[] clusterWeight = clusterWeights(cut, weights);
        int k = clusterWeight.length;
        boolean[] large = new boolean[k];
        int largeCount = 0;
        for (int c = 0; c < k; c++) {
            large[c] = clusterWeight[c] >= minSize;
            largeCount += large[c] ? 1 : 0;
        }
        if (largeCount < target) {
            java.util.Arrays.fill(large, true);
        }
        double[][] centroids = weightedUnitCentroids(points, weights, cut, k);
        int[] destination = new int[k];
        for (int c = 0; c < k; c++) {
            destination[c] = c;
            if (!large[c]) {
                double best = Double.NEGATIVE_INFINITY;
                for (int l = 0; l < k; l++) {
                    double similarity = UnitVectors.dot(centroids[c], centroids[l]);
                    if (large[l] && similarity > best) {
                        best = similarity;
                        destination[c] = l;
                    }
                }
            }
        }
        int[] labels = new int[cut.length];
        for (int i = 0; i < cut.length; i++) {
            labels[i] = destination[cut[i]];
        }
        return labels;
    }

    private static double[][] weightedUnitCentroids(double[][] points, double[] weights, int[] labels, int k) {
        double[][] centroids = new double[k][points[0].length];
        for (int i = 0; i < points.length; i++) {
            double[] centroid = centroids[labels[i]];
            for (int j = 0; j < centroid.length; j++) {
                centroid[j] += weights[i] * points[i][j];
            }
        }
        for (double[] centroid : centroids) {
            UnitVectors.normaliseInPlace(centroid);
        }
        return centroids;
    }
}
