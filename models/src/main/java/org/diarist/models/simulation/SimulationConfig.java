package org.diarist.models.simulation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What conversations the simulator makes. Immutable; {@link #builder()} starts from the defaults, which suit
 * segmentation training windows: 10 s, 1-3 speakers, 5-25 % of the speech overlapped, some backchannels, level
 * differences up to 6 dB, and noise, reverberation and telephone band-limiting on a part of the conversations.
 */
public record SimulationConfig(
    double duration,
    int minSpeakers,
    int maxSpeakers,
    double minOverlapFraction,
    double maxOverlapFraction,
    double backchannelProbability,
    double speakerGainRangeDb,
    double speechLevelDbfs,
    TurnStatistics statistics,
    double noiseFloorMinDbfs,
    double noiseFloorMaxDbfs,
    double noiseProbability,
    Set<NoiseKind> noiseKinds,
    double minSnrDb,
    double maxSnrDb,
    double reverbProbability,
    double minRt60,
    double maxRt60,
    double telephoneProbability) {

    /** The simulator handles up to this many speakers in one conversation. */
    public static final int MAX_SPEAKERS = 5;

    public SimulationConfig {
        noiseKinds = Set.copyOf(noiseKinds);
        require(duration > 0, "duration must be positive");
        require(minSpeakers >= 1 && minSpeakers <= maxSpeakers && maxSpeakers <= MAX_SPEAKERS,
            "speakers must satisfy 1 <= min <= max <= " + MAX_SPEAKERS);
        require(0 <= minOverlapFraction && minOverlapFraction <= maxOverlapFraction && maxOverlapFraction < 1,
            "overlap fractions must satisfy 0 <= min <= max < 1");
        require(probability(backchannelProbability) && probability(noiseProbability)
            && probability(reverbProbability) && probability(telephoneProbability), "probabilities must be in [0, 1]");
        require(speakerGainRangeDb >= 0, "speaker gain range must be >= 0");
        require(noiseFloorMinDbfs <= noiseFloorMaxDbfs, "noise floor range is reversed");
        require(minSnrDb <= maxSnrDb, "SNR range is reversed");
        require(0 < minRt60 && minRt60 <= maxRt60, "RT60 range must be positive and ordered");
        require(noiseProbability == 0 || !noiseKinds.isEmpty(), "noise needs at least one noise kind");
        require(statistics != null, "turn statistics are required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.duration = duration;
        b.minSpeakers = minSpeakers;
        b.maxSpeakers = maxSpeakers;
        b.minOverlapFraction = minOverlapFraction;
        b.maxOverlapFraction = maxOverlapFraction;
        b.backchannelProbability = backchannelProbability;
        b.speakerGainRangeDb = speakerGainRangeDb;
        b.speechLevelDbfs = speechLevelDbfs;
        b.statistics = statistics;
        b.noiseFloorMinDbfs = noiseFloorMinDbfs;
        b.noiseFloorMaxDbfs = noiseFloorMaxDbfs;
        b.noiseProbability = noiseProbability;
        b.noiseKinds = EnumSet.noneOf(NoiseKind.class);
        b.noiseKinds.addAll(noiseKinds);
        b.minSnrDb = minSnrDb;
        b.maxSnrDb = maxSnrDb;
        b.reverbProbability = reverbProbability;
        b.minRt60 = minRt60;
        b.maxRt60 = maxRt60;
        b.telephoneProbability = telephoneProbability;
        return b;
    }

    private static boolean probability(double p) {
        return p >= 0 && p <= 1;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The defaults, in one place. */
    public static final class Builder {
        private double duration = 10.0;
        private int minSpeakers = 1;
        private int maxSpeakers = 3;
        private double minOverlapFraction = 0.05;
        private double maxOverlapFraction = 0.25;
        private double backchannelProbability = 0.15;
        private double speakerGainRangeDb = 6.0;
        private double speechLevelDbfs = -26.0;
        private TurnStatistics statistics = TurnStatistics.defaults();
        private double noiseFloorMinDbfs = -75.0;
        private double noiseFloorMaxDbfs = -55.0;
        private double noiseProbability = 0.5;
        private EnumSet<NoiseKind> noiseKinds = EnumSet.allOf(NoiseKind.class);
        private double minSnrDb = 5.0;
        private double maxSnrDb = 25.0;
        private double reverbProbability = 0.3;
        private double minRt60 = 0.2;
        private double maxRt60 = 0.8;
        private double telephoneProbability = 0.1;

        private Builder() {
        }

        /** Seconds of audio per conversation. */
        public Builder duration(double seconds) {
            this.duration = seconds;
            return this;
        }

        /** Speakers per conversation, drawn uniformly in {@code [min, max]} (at most {@value #MAX_SPEAKERS}). */
        public Builder speakers(int min, int max) {
            this.minSpeakers = min;
            this.maxSpeakers = max;
            return this;
        }

        /** Each conversation aims at an overlapped share of its speech drawn uniformly in {@code [min, max]}. */
        public Builder overlapFraction(double min, double max) {
            this.minOverlapFraction = min;
            this.maxOverlapFraction = max;
            return this;
        }

        /** Chance that a turn gets a short interjection from another speaker. */
        public Builder backchannelProbability(double p) {
            this.backchannelProbability = p;
            return this;
        }

        /** Each speaker's level differs from the common speech level by up to this many dB either way. */
        public Builder speakerGainRangeDb(double db) {
            this.speakerGainRangeDb = db;
            return this;
        }

        /** RMS level of speech before the speaker gains, in dBFS. */
        public Builder speechLevelDbfs(double dbfs) {
            this.speechLevelDbfs = dbfs;
            return this;
        }

        public Builder statistics(TurnStatistics statistics) {
            this.statistics = statistics;
            return this;
        }

        /** A faint white noise floor at a level drawn in this range, so that silence is never digital zero. */
        public Builder noiseFloorDbfs(double min, double max) {
            this.noiseFloorMinDbfs = min;
            this.noiseFloorMaxDbfs = max;
            return this;
        }

        /** No noise floor at all: silence between turns is exact zeros. */
        public Builder noNoiseFloor() {
            this.noiseFloorMinDbfs = Double.NEGATIVE_INFINITY;
            this.noiseFloorMaxDbfs = Double.NEGATIVE_INFINITY;
            return this;
        }

        /** Chance of background noise, its kinds, and its SNR range in dB. */
        public Builder noise(double probability, Set<NoiseKind> kinds, double minSnrDb, double maxSnrDb) {
            this.noiseProbability = probability;
            this.noiseKinds = kinds.isEmpty() ? EnumSet.noneOf(NoiseKind.class) : EnumSet.copyOf(kinds);
            this.minSnrDb = minSnrDb;
            this.maxSnrDb = maxSnrDb;
            return this;
        }

        /** Chance of room reverberation and its RT60 range in seconds. */
        public Builder reverb(double probability, double minRt60, double maxRt60) {
            this.reverbProbability = probability;
            this.minRt60 = minRt60;
            this.maxRt60 = maxRt60;
            return this;
        }

        public Builder telephoneProbability(double p) {
            this.telephoneProbability = p;
            return this;
        }

        /** Clean mixtures: no noise floor, noise, reverberation or band-limiting. */
        public Builder clean() {
            noNoiseFloor();
            this.noiseProbability = 0;
            this.reverbProbability = 0;
            this.telephoneProbability = 0;
            return this;
        }

        public SimulationConfig build() {
            return new SimulationConfig(duration, minSpeakers, maxSpeakers, minOverlapFraction, maxOverlapFraction,
                backchannelProbability, speakerGainRangeDb, speechLevelDbfs, statistics, noiseFloorMinDbfs,
                noiseFloorMaxDbfs, noiseProbability, noiseKinds, minSnrDb, maxSnrDb, reverbProbability, minRt60,
                maxRt60, telephoneProbability);
        }
    }
}
