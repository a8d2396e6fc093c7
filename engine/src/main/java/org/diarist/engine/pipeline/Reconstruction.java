package org.diarist.engine.pipeline;

import org.diarist.engine.segmentation.OverlapAdd;

/**
 * Global speaker activity on the recording's frame grid (pyannote's {@code reconstruct} and
 * {@code to_diarization}): each window's local activity is relabelled with the global speakers (a global speaker
 * talks in a frame if any local speaker mapped to it does), summed over the windows covering each frame, and in
 * each frame the {@code count} speakers with the largest sums — at most {@code maxPerFrame}, and only speakers with
 * a non-zero sum — are marked active.
 */
public final class Reconstruction {

    private Reconstruction() {
    }

    public static DiscreteDiarization reconstruct(LocalActivity activity, SpeakerAssignment assignment,
                                                  byte[] count, WindowGrid grid, int maxPerFrame) {
        int speakers = assignment.speakers();
        DiscreteDiarization result = new DiscreteDiarization(grid.gridFrames(), speakers);
        if (speakers == 0) {
            return result;
        }
        OverlapAdd aggregate = OverlapAdd.uniform(speakers, activity.framesPerWindow());
        float[][] scores = new float[activity.framesPerWindow()][speakers];
        for (int w = 0; w < activity.windows(); w++) {
            for (float[] frame : scores) {
                java.util.Arrays.fill(frame, 0f);
            }
            for (int s = 0; s < activity.speakers(); s++) {
                int k = assignment.global(w, s);
                if (k == SpeakerAssignment.NONE) {
                    continue;
                }
                for (int f = 0; f < scores.length; f++) {
                    if (activity.isActive(w, f, s)) {
                        scores[f][k] = 1f;
                    }
                }
            }
            aggregate.add(grid.startFrame(w), scores);
        }
        float[][] sums = aggregate.sums(grid.gridFrames());
        for (int t = 0; t < grid.gridFrames(); t++) {
            int wanted = Math.min(Math.min(count[t], speakers), maxPerFrame);
            markTop(sums[t], wanted, t, result);
        }
        return result;
    }

    /** Marks the {@code wanted} largest positive scores of frame {@code t}; ties go to the lower speaker index. */
    private static void markTop(float[] scores, int wanted, int t, DiscreteDiarization result) {
        boolean[] taken = new boolean[scores.length];
        for (int n = 0; n < wanted; n++) {
            int best = -1;
            for (int k = 0; k < scores.length; k++) {
                if (!taken[k] && scores[k] > 0 && (best < 0 || scores[k] > scores[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return;
            }
            taken[best] = true;
            result.set(best, t);
        }
    }
}
