package org.diarist.engine.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Powerset encoding of local speaker activity: one class per set of at most {@code maxSimultaneous} of the
 * {@code maxSpeakers} local speakers, ordered by set size then lexicographically — for 3 speakers and 2 at once:
 * {}, {1}, {2}, {3}, {1,2}, {1,3}, {2,3}, the layout of pyannote segmentation-3.0.
 */
public final class Powerset {

    private final int maxSpeakers;
    private final int maxSimultaneous;
    /** Speaker bit mask of each class. */
    private final int[] masks;
    /** Class of each bit mask, or -1 when the set has too many speakers. */
    private final int[] classOfMask;

    public Powerset(int maxSpeakers, int maxSimultaneous) {
        if (maxSpeakers < 1 || maxSpeakers > 16 || maxSimultaneous < 1 || maxSimultaneous > maxSpeakers) {
            throw new IllegalArgumentException("unsupported powerset " + maxSpeakers + "/" + maxSimultaneous);
        }
        this.maxSpeakers = maxSpeakers;
        this.maxSimultaneous = maxSimultaneous;
        List<Integer> ordered = new ArrayList<>();
        for (int size = 0; size <= maxSimultaneous; size++) {
            addCombinations(0, size, 0, ordered);
        }
        masks = ordered.stream().mapToInt(Integer::intValue).toArray();
        classOfMask = new int[1 << maxSpeakers];
        java.util.Arrays.fill(classOfMask, -1);
        for (int c = 0; c < masks.length; c++) {
            classOfMask[masks[c]] = c;
        }
    }

    private void addCombinations(int first, int remaining, int mask, List<Integer> out) {
        if (remaining == 0) {
            out.add(mask);
            return;
        }
        for (int speaker = first; speaker < maxSpeakers; speaker++) {
            addCombinations(speaker + 1, remaining - 1, mask | (1 << speaker), out);
        }
    }

    public int maxSpeakers() {
        return maxSpeakers;
    }

    public int maxSimultaneous() {
        return maxSimultaneous;
    }

    public int classes() {
        return masks.length;
    }

    /** Bit mask of the speakers active in class {@code c} (bit i = local speaker i). */
    public int mask(int c) {
        return masks[c];
    }

    /**
     * The class of a set of active speakers. A set larger than {@code maxSimultaneous} cannot be represented; it
     * keeps its lowest-numbered speakers, which is what training targets need (such frames are rare).
     */
    public int classOf(int mask) {
        int kept = mask;
        while (Integer.bitCount(kept) > maxSimultaneous) {
            kept &= ~Integer.highestOneBit(kept);
        }
        return classOfMask[kept];
    }

    /** Hard multi-label activity [frames][speakers] from the most likely class of each frame. */
    public float[][] toMultilabel(float[][] logProbabilities) {
        float[][] activity = new float[logProbabilities.length][maxSpeakers];
        for (int f = 0; f < logProbabilities.length; f++) {
            int mask = mostLikelyMask(logProbabilities[f]);
            for (int s = 0; s < maxSpeakers; s++) {
                activity[f][s] = (mask >> s & 1);
            }
        }
        return activity;
    }

    /** Bit mask of the speakers of the most likely class of one frame's log-probabilities. */
    public int mostLikelyMask(float[] logProbabilities) {
        return masks[argmax(logProbabilities)];
    }

    /**
     * Bit mask of one frame's speakers when speech is declared above a threshold: silence unless the probability
     * that at least one speaker talks exceeds {@code speechThreshold}, then the most likely non-empty class. At
     * 0.5 this is nearly the most likely class; lower thresholds keep quieter speech.
     */
    public int speakersAbove(float[] logProbabilities, double speechThreshold) {
        if (probabilityOfAtLeast(logProbabilities, 1) <= speechThreshold) {
            return 0;
        }
        int best = -1;
        for (int c = 0; c < masks.length; c++) {
            if (masks[c] != 0 && (best < 0 || logProbabilities[c] > logProbabilities[best])) {
                best = c;
            }
        }
        return masks[best];
    }

    /** Soft multi-label activity: the probability that each speaker is active, summed over the classes. */
    public float[][] toSoftMultilabel(float[][] logProbabilities) {
        float[][] activity = new float[logProbabilities.length][maxSpeakers];
        for (int f = 0; f < logProbabilities.length; f++) {
            for (int c = 0; c < masks.length; c++) {
                float p = (float) Math.exp(logProbabilities[f][c]);
                for (int s = 0; s < maxSpeakers; s++) {
                    if ((masks[c] >> s & 1) == 1) {
                        activity[f][s] += p;
                    }
                }
            }
        }
        return activity;
    }

    /** Probability that at least {@code speakers} speakers are active in the frame. */
    public float probabilityOfAtLeast(float[] logProbabilities, int speakers) {
        float p = 0;
        for (int c = 0; c < masks.length; c++) {
            if (Integer.bitCount(masks[c]) >= speakers) {
                p += (float) Math.exp(logProbabilities[c]);
            }
        }
        return p;
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
