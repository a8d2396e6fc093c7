package org.diarist.engine.pipeline;

import org.diarist.engine.clustering.AgglomerativeClusterer;
import org.diarist.engine.clustering.AgglomerativeClusteringConfig;
import org.diarist.engine.clustering.Clusterer;
import org.diarist.engine.clustering.SpeakerCountHints;
import org.diarist.engine.clustering.SpectralClusterer;
import org.diarist.engine.clustering.SpectralClusteringConfig;

import java.util.Objects;

/**
 * How embeddings become global speakers: the method and its settings, the speaker-count hints (honoured exactly),
 * and which embeddings shape the clusters. Only embeddings of local speakers who talk alone for at least
 * {@code minCleanRatio} of a window take part in clustering (pyannote's {@code min_active_ratio}); the others join
 * the most similar cluster, local speakers of one window never sharing a cluster. Defaults are in {@link Builder}.
 */
public record ClusteringConfig(ClusteringMethod method, SpeakerCountHints hints, double minCleanRatio,
                               SpectralClusteringConfig spectral, AgglomerativeClusteringConfig agglomerative) {

    public ClusteringConfig {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(spectral, "spectral");
        Objects.requireNonNull(agglomerative, "agglomerative");
        if (!(minCleanRatio >= 0 && minCleanRatio <= 1)) {
            throw new IllegalArgumentException("minimum clean ratio must be in [0, 1]: " + minCleanRatio);
        }
    }

    public static ClusteringConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().method(method).hints(hints).minCleanRatio(minCleanRatio).spectral(spectral)
            .agglomerative(agglomerative);
    }

    /** The clusterer this config describes. */
    public Clusterer clusterer() {
        return method == ClusteringMethod.SPECTRAL ? new SpectralClusterer(spectral) : new AgglomerativeClusterer(agglomerative);
    }

    /** Defaults in one place: spectral, no hints, 20 % of a window spoken alone (pyannote's). */
    public static final class Builder {
        private ClusteringMethod method = ClusteringMethod.SPECTRAL;
        private SpeakerCountHints hints = SpeakerCountHints.none();
        private double minCleanRatio = 0.2;
        private SpectralClusteringConfig spectral = SpectralClusteringConfig.defaults();
        private AgglomerativeClusteringConfig agglomerative = AgglomerativeClusteringConfig.defaults();

        private Builder() {
        }

        public Builder method(ClusteringMethod value) { method = value; return this; }
        public Builder hints(SpeakerCountHints value) { hints = value; return this; }
        public Builder minCleanRatio(double ratio) { minCleanRatio = ratio; return this; }
        public Builder spectral(SpectralClusteringConfig value) { spectral = value; return this; }
        public Builder agglomerative(AgglomerativeClusteringConfig value) { agglomerative = value; return this; }

        public ClusteringConfig build() {
            return new ClusteringConfig(method, hints, minCleanRatio, spectral, agglomerative);
        }
    }
}
