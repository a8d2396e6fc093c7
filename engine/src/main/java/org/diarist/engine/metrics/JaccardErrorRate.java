package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Jaccard error rate as dscore defines it. Speakers are compared on 10 ms frames (no collar, overlap always
 * scored): frame {@code i} stands for time {@code 0.01·i}, and a turn {@code [start, end)} holds the frames whose
 * time is in it. Reference and hypothesis speakers are paired one-to-one to minimise the summed per-speaker
 * error {@code 1 - |ref ∩ hyp| / |ref ∪ hyp|}; an unpaired reference speaker scores 1. The JER of a file is the
 * mean over its reference speakers; over many files, the mean over all their reference speakers.
 *
 * <p>Frames are counted as integer ranges, never materialised, so the cost grows with the number of turns.
 */
public final class JaccardErrorRate {

    /** dscore's frame step. */
    public static final double FRAME_STEP = 0.010;

    /** The JER of one file, in percent, and the errors of its reference speakers that the overall JER averages. */
    public record FileJer(double jer, List<Double> speakerErrors) {
        public FileJer {
            speakerErrors = List.copyOf(speakerErrors);
        }
    }

    public FileJer compute(Annotation reference, Annotation hypothesis, Timeline evaluated) {
        Timeline region = evaluated.support();
        if (region.isEmpty()) {
            return new FileJer(0.0, List.of());
        }
        FrameGrid grid = new FrameGrid(region.extent().end());
        long[][] kept = grid.ranges(region.segments(), null);
        long[][][] refFrames = frames(grid, SpeakerTurns.of(reference.crop(region)), kept);
        long[][][] hypFrames = frames(grid, SpeakerTurns.of(hypothesis.crop(region)), kept);
        int nRef = refFrames.length;
        int nHyp = hypFrames.length;
        if (nRef == 0) {
            return new FileJer(nHyp > 0 ? 100.0 : 0.0, List.of());
        }
        double[] errors = new double[nRef];
        Arrays.fill(errors, 100.0);
        if (nHyp > 0) {
            double[][] cost = new double[nRef][nHyp];
            for (int r = 0; r < nRef; r++) {
                long refCount = count(refFrames[r]);
                for (int h = 0; h < nHyp; h++) {
                    long common = intersectionCount(refFrames[r], hypFrames[h]);
                    long union = refCount + count(hypFrames[h]) - common;
                    cost[r][h] = union > 0 ? 1.0 - (double) common / union : 1.0;
                }
            }
            int[] pairs = Hungarian.minimize(cost);
            for (int r = 0; r < nRef; r++) {
                if (pairs[r] >= 0) {
                    errors[r] = 100.0 * cost[r][pairs[r]];
                }
            }
        }
        List<Double> speakerErrors = new ArrayList<>(nRef);
        for (double error : errors) {
            speakerErrors.add(error);
        }
        return new FileJer(mean(speakerErrors), speakerErrors);
    }

    /** The overall JER of many files, in percent, with dscore's conventions for files without speakers. */
    public static double overall(List<Double> referenceSpeakerErrors, int referenceSpeakers, int hypothesisSpeakers) {
        if (referenceSpeakers == 0) {
            return hypothesisSpeakers > 0 ? 100.0 : 0.0;
        }
        if (hypothesisSpeakers == 0) {
            return 100.0;
        }
        return mean(referenceSpeakerErrors);
    }

    private static double mean(List<Double> values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.isEmpty() ? 0.0 : sum / values.size();
    }

    /** Each speaker's frames, as sorted disjoint {@code [first, end)} ranges, limited to the kept frames. */
    private static long[][][] frames(FrameGrid grid, SpeakerTurns turns, long[][] kept) {
        long[][][] frames = new long[turns.speakers()][][];
        for (int s = 0; s < turns.speakers(); s++) {
            frames[s] = grid.ranges(turns.turns(s), kept);
        }
        return frames;
    }

    private static long count(long[][] ranges) {
        long total = 0;
        for (long[] range : ranges) {
            total += range[1] - range[0];
        }
        return total;
    }

    private static long intersectionCount(long[][] a, long[][] b) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            total += Math.max(0, Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]));
            if (a[i][1] < b[j][1]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /** dscore's frames: {@code floor(end / step)} frames at times {@code step·i}. */
    private static final class FrameGrid {
        private final long frames;

        FrameGrid(double end) {
            this.frames = (long) (end / FRAME_STEP);
        }

        /** The first frame whose time is at or after {@code t} (numpy's {@code searchsorted}, side left). */
        long firstFrameFrom(double t) {
            long frame = Math.max(0, Math.min(frames, (long) Math.ceil(t / FRAME_STEP)));
            while (frame > 0 && FRAME_STEP * (frame - 1) >= t) {
                frame--;
            }
            while (frame < frames && FRAME_STEP * frame < t) {
                frame++;
            }
            return frame;
        }

        /** The frames of the segments as merged ranges, intersected with {@code kept} when given. */
        long[][] ranges(List<Segment> segments, long[][] kept) {
            List<long[]> merged = new ArrayList<>();
            for (Segment segment : segments) {
                long first = firstFrameFrom(segment.start());
                long end = firstFrameFrom(segment.end());
                if (end <= first) {
                    continue;
                }
                long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && first <= last[1]) {
                    last[1] = Math.max(last[1], end);
                } else {
                    merged.add(new long[] {first, end});
                }
            }
            long[][] ranges = merged.toArray(new long[0][]);
            return kept == null ? ranges : intersect(ranges, kept);
        }

        private static long[][] intersect(long[][] a, long[][] b) {
            List<long[]> result = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.length && j < b.length) {
                long first = Math.max(a[i][0], b[j][0]);
                long end = Math.min(a[i][1], b[j][1]);
                if (first < end) {
                    result.add(new long[] {first, end});
                }
                if (a[i][1] < b[j][1]) {
                    i++;
                } else {
                    j++;
                }
            }
            return result.toArray(new long[0][]);
        }
    }
}
