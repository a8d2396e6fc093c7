package org.diarist.models.eval;

import java.util.Arrays;

/**
 * Speaker-verification error rates from trial scores: the equal error rate and the minimum normalised detection
 * cost (NIST SRE style, {@code C_miss = C_fa = 1}).
 */
public final class VerificationMetrics {

    private VerificationMetrics() {
    }

    /** Both figures of one set of trials. */
    public record Result(double eer, double minDcf, int targetTrials, int nonTargetTrials) {
    }

    public static Result of(double[] targetScores, double[] nonTargetScores, double pTarget) {
        if (targetScores.length == 0 || nonTargetScores.length == 0) {
            throw new IllegalArgumentException("need target and non-target trials");
        }
        double[] targets = targetScores.clone();
        double[] nonTargets = nonTargetScores.clone();
        Arrays.sort(targets);
        Arrays.sort(nonTargets);
        // Sweep every distinct score as a threshold "accept if score >= t", plus +inf (reject all).
        double[] thresholds = new double[targets.length + nonTargets.length + 1];
        System.arraycopy(targets, 0, thresholds, 0, targets.length);
        System.arraycopy(nonTargets, 0, thresholds, targets.length, nonTargets.length);
        thresholds[thresholds.length - 1] = Double.POSITIVE_INFINITY;
        Arrays.sort(thresholds);
        double eer = Double.NaN;
        double bestGap = Double.POSITIVE_INFINITY;
        double minDcf = Double.POSITIVE_INFINITY;
        double norm = Math.min(pTarget, 1 - pTarget);
        double previousMiss = 0;
        double previousFa = 1;
        for (double t : thresholds) {
            double miss = (double) lowerBound(targets, t) / targets.length;           // targets below t
            double fa = (double) (nonTargets.length - lowerBound(nonTargets, t)) / nonTargets.length;
            minDcf = Math.min(minDcf, (pTarget * miss + (1 - pTarget) * fa) / norm);
            if (miss >= fa && previousMiss <= previousFa) {
                // The curves cross between the previous threshold and this one: interpolate linearly.
                double d = (miss - previousMiss) - (fa - previousFa);
                double alpha = d == 0 ? 0 : (previousFa - previousMiss) / d;
                double crossing = previousMiss + alpha * (miss - previousMiss);
                if (Double.isNaN(eer) || Math.abs(miss - fa) < bestGap) {
                    eer = crossing;
                    bestGap = Math.abs(miss - fa);
                }
            }
            previousMiss = miss;
            previousFa = fa;
        }
        return new Result(eer, minDcf, targets.length, nonTargets.length);
    }

    /** Index of the first element {@code >= value} in a sorted array. */
    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
