package org.diarist.engine.clustering;

import org.diarist.engine.InvalidInputException;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the user knows about the number of speakers: an exact number, or bounds, or nothing.
 * Clusterers honour them exactly, except that no clustering can have more clusters than embeddings:
 * the bounds are clamped to the number of embeddings.
 */
public final class SpeakerCountHints {

    private static final SpeakerCountHints NONE = new SpeakerCountHints(null, null, null);

    private final Integer numSpeakers;
    private final Integer minSpeakers;
    private final Integer maxSpeakers;

    private SpeakerCountHints(Integer numSpeakers, Integer minSpeakers, Integer maxSpeakers) {
        this.numSpeakers = numSpeakers;
        this.minSpeakers = minSpeakers;
        this.maxSpeakers = maxSpeakers;
    }

    /** No hint: the clusterer estimates the number of speakers. */
    public static SpeakerCountHints none() {
        return NONE;
    }

    /** Exactly {@code numSpeakers} speakers. */
    public static SpeakerCountHints exactly(int numSpeakers) {
        return of(numSpeakers, null, null);
    }

    /** Between {@code minSpeakers} and {@code maxSpeakers} speakers, both inclusive. */
    public static SpeakerCountHints between(int minSpeakers, int maxSpeakers) {
        return of(null, minSpeakers, maxSpeakers);
    }

    /** At least {@code minSpeakers} speakers. */
    public static SpeakerCountHints atLeast(int minSpeakers) {
        return of(null, minSpeakers, null);
    }

    /** At most {@code maxSpeakers} speakers. */
    public static SpeakerCountHints atMost(int maxSpeakers) {
        return of(null, null, maxSpeakers);
    }

    /**
     * Hints as they come from a command line ({@code --num-speakers}, {@code --min-speakers},
     * {@code --max-speakers}); each may be null.
     *
     * @throws InvalidInputException when a value is below 1 or the values contradict each other
     */
    public static SpeakerCountHints of(Integer numSpeakers, Integer minSpeakers, Integer maxSpeakers) {
        requirePositive("--num-speakers", numSpeakers);
        requirePositive("--min-speakers", minSpeakers);
        requirePositive("--max-speakers", maxSpeakers);
        if (minSpeakers != null && maxSpeakers != null && minSpeakers > maxSpeakers) {
            throw new InvalidInputException("--min-speakers " + minSpeakers + " is above --max-speakers " + maxSpeakers);
        }
        if (numSpeakers != null && minSpeakers != null && numSpeakers < minSpeakers) {
            throw new InvalidInputException("--num-speakers " + numSpeakers + " is below --min-speakers " + minSpeakers);
        }
        if (numSpeakers != null && maxSpeakers != null && numSpeakers > maxSpeakers) {
            throw new InvalidInputException("--num-speakers " + numSpeakers + " is above --max-speakers " + maxSpeakers);
        }
        if (numSpeakers == null && minSpeakers == null && maxSpeakers == null) {
            return NONE;
        }
        return new SpeakerCountHints(numSpeakers, minSpeakers, maxSpeakers);
    }

    private static void requirePositive(String option, Integer value) {
        if (value != null && value < 1) {
            throw new InvalidInputException(option + " must be at least 1, got " + value);
        }
    }

    public OptionalInt numSpeakers() {
        return numSpeakers == null ? OptionalInt.empty() : OptionalInt.of(numSpeakers);
    }

    public OptionalInt minSpeakers() {
        return minSpeakers == null ? OptionalInt.empty() : OptionalInt.of(minSpeakers);
    }

    public OptionalInt maxSpeakers() {
        return maxSpeakers == null ? OptionalInt.empty() : OptionalInt.of(maxSpeakers);
    }

    /**
     * The allowed cluster counts for {@code n} items: an exact hint wins; without an upper bound the
     * clusterer's own {@code defaultMax} applies (raised to the lower bound if that is higher); everything
     * is clamped to {@code [min(1, n), n]}.
     */
    ClusterCountRange resolve(int n, int defaultMax) {
        if (n == 0) {
            return new ClusterCountRange(0, 0);
        }
        int lo;
        int hi;
        if (numSpeakers != null) {
            lo = numSpeakers;
            hi = numSpeakers;
        } else {
            lo = minSpeakers == null ? 1 : minSpeakers;
            hi = maxSpeakers == null ? Math.max(defaultMax, lo) : maxSpeakers;
        }
        return new ClusterCountRange(Math.min(lo, n), Math.min(hi, n));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpeakerCountHints that
            && Objects.equals(numSpeakers, that.numSpeakers)
            && Objects.equals(minSpeakers, that.minSpeakers)
            && Objects.equals(maxSpeakers, that.maxSpeakers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numSpeakers, minSpeakers, maxSpeakers);
    }

    @Override
    public String toString() {
        if (numSpeakers != null) {
            return "exactly " + numSpeakers + " speakers";
        }
        if (minSpeakers == null && maxSpeakers == null) {
            return "any number of speakers";
        }
        return (minSpeakers == null ? "1" : minSpeakers) + ".." + (maxSpeakers == null ? "" : maxSpeakers) + " speakers";
    }
}
