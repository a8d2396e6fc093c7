package org.diarist.engine.clustering;

/**
 * Spectral clustering of speaker embeddings as in Google's SpectralCluster with NME-SC AutoTune.
 *
 * <ol>
 *   <li>Affinity (cos + 1) / 2 of the L2-normalised embeddings.</li>
 *   <li>For each pruning percentile p of the AutoTune grid: the refinement sequence, the graph-cut normalised
 *       Laplacian, its eigenvalues, the number of clusters k in the allowed range with the largest eigengap
 *       and the ratio sqrt(1 - p) / (max eigengap / largest eigenvalue) (Park et al. 2019, with the square
 *       root of Xia et al. 2022). The p with the smallest ratio wins.</li>
 *   <li>The k eigenvectors of the smallest eigenvalues, rows scaled to unit length, clustered by seeded
 *       weighted k-means++.</li>
 *   <li>Up to {@link SpectralClusteringConfig#centroidRefinementIterations()} rounds of re-assigning each
 *       embedding to the most similar cluster centroid.</li>
 *   <li>Same-voice merging ({@link SameVoiceMerger}), down to the hinted minimum: clusters whose relative
 *       similarity reaches {@link SpectralClusteringConfig#singleSpeakerThreshold()} are merged. Eigengaps
 *       cannot pick k = 1 (the first eigenvalue is always 0), so this is also the single-speaker check.</li>
 *   <li>Cannot-link repair per group ({@link CannotLinkEnforcer}).</li>
 * </ol>
 *
 * <p>Cost: one dense symmetric eigen-decomposition (~4/3 m^3 flops) per AutoTune step, with m the number
 * of points, plus O(m^2) memory for four m x m matrices. Inputs above
 * {@link SpectralClusteringConfig#maxSpectralSize()} (default 500: about 0.15 s per step, 8 MB) are first
 * pre-clustered by k-means into that many weighted groups whose labels are mapped back to the items.
 */
public final class SpectralClusterer implements Clusterer {

    private final SpectralClusteringConfig config;
    private final AffinityRefiner refiner;

    public SpectralClusterer(SpectralClusteringConfig config) {
        this.config = config;
        this.refiner = new AffinityRefiner(config);
    }

    public SpectralClusterer() {
        this(SpectralClusteringConfig.defaults());
    }

    public SpectralClusteringConfig config() {
        return config;
    }

    @Override
    public ClusteringResult cluster(float[][] embeddings, CannotLink constraints, SpeakerCountHints hints) {
        double[][] unit = UnitVectors.normalise(embeddings);
        int n = unit.length;
        constraints.validate(n);
        ClusterCountRange range = hints.resolve(n, config.maxClusters());
        if (n == 0) {
            return Clusters.emptyResult("spectral");
        }
        PreClustering.Groups groups = new PreClustering(config.preClusteringIterations(), config.seed())
            .reduce(unit, config.maxSpectralSize(), range, SpectralClusteringConfig.LARGEST_SPECTRAL_SIZE);
        Spectrum spectrum = spectral(groups.points(), groups.weights(), range.clampTo(groups.size()));
        int[] labels = groups.expand(spectrum.labels);
        Clusters.refineByCentroids(unit, labels, spectrum.k, config.centroidRefinementIterations());
        int k = SameVoiceMerger.merge(unit, labels, spectrum.k, range.min(), config.singleSpeakerThreshold());
        boolean singleSpeaker = k == 1 && spectrum.k > 1;
        CannotLinkEnforcer.Outcome repair = CannotLinkEnforcer.enforce(unit, labels, k, constraints);
        ClusteringDiagnostics diagnostics = new ClusteringDiagnostics("spectral", n, groups.size(),
            spectrum.k, k, singleSpeaker, spectrum.percentile, spectrum.eigengaps, repair.moves(),
            repair.unsatisfiedPairs());
        return Clusters.result(unit, labels, diagnostics);
    }

    /** The labels of the core points, with what AutoTune chose. */
    private record Spectrum(int[] labels, int k, double percentile, double[] eigengaps) {
    }

    /** One AutoTune candidate. */
    private record Candidate(double percentile, SymmetricEigensolver solver, int k, double ratio, double[] eigengaps) {
    }

    private Spectrum spectral(double[][] points, double[] weights, ClusterCountRange range) {
        int m = points.length;
        if (range.max() <= 1) {
            return new Spectrum(new int[m], 1, Double.NaN, new double[0]);
        }
        // Eigengaps need lambda_k, so k <= m - 1; k = m (every point alone) needs no spectrum at all.
        int kLo = Math.max(range.min(), 2);
        int kHi = Math.min(range.max(), m - 1);
        if (kLo > kHi) {
            int[] alone = new int[m];
            for (int i = 0; i < m; i++) {
                alone[i] = i;
            }
            return new Spectrum(alone, m, Double.NaN, new double[0]);
        }
        double[][] affinity = AffinityRefiner.affinity(points);
        Candidate best = null;
        for (double p : config.percentileGrid(m)) {
            Candidate candidate = candidate(affinity, p, kLo, kHi, range.max());
            if (best == null || candidate.ratio < best.ratio) {
                best = candidate;
            }
        }
        double[][] embedding = best.solver.smallestEigenvectors(best.k);
        for (double[] row : embedding) {
            UnitVectors.normaliseInPlace(row);
        }
        int[] labels = new KMeans(config.kmeansRestarts(), config.kmeansMaxIterations(), config.seed())
            .fit(embedding, weights, best.k);
        return new Spectrum(labels, best.k, best.percentile, best.eigengaps);
    }

    private Candidate candidate(double[][] affinity, double p, int kLo, int kHi, int reportUpTo) {
        double[][] laplacian = AffinityRefiner.normalisedLaplacian(refiner.refine(affinity, p));
        SymmetricEigensolver solver = SymmetricEigensolver.decompose(laplacian);
        double[] lambda = solver.eigenvalues();
        int m = lambda.length;
        double largest = Math.max(lambda[m - 1], 1e-10);
        double[] gaps = new double[Math.min(reportUpTo, m - 1)];
        for (int k = 1; k <= gaps.length; k++) {
            gaps[k - 1] = (lambda[k] - lambda[k - 1]) / largest;
        }
        int bestK = kLo;
        for (int k = kLo; k <= kHi; k++) {
            if (gaps[k - 1] > gaps[bestK - 1]) {
                bestK = k;
            }
        }
        double normalisedMaxGap = gaps[bestK - 1];
        double ratio = normalisedMaxGap > 0 ? Math.sqrt(1 - p) / normalisedMaxGap : Double.POSITIVE_INFINITY;
        return new Candidate(p, solver, bestK, ratio, gaps);
    }
}
