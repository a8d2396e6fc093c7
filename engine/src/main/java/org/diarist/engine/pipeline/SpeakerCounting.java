package org.diarist.engine.pipeline;

import org.diarist.engine.segmentation.OverlapAdd;

/**
 * The instantaneous number of speakers on the recording's frame grid: the mean, over the windows covering a
 * frame, of how many local speakers talk there, rounded to the nearest integer (pyannote's {@code speaker_count},
 * uniform weights). Frames no window covers count 0.
 */
public final class SpeakerCounting {

    private SpeakerCounting() {
    }

    public static byte[] count(LocalActivity activity, WindowGrid grid) {
        OverlapAdd aggregate = OverlapAdd.uniform(1, activity.framesPerWindow());
        float[][] counts = new float[activity.framesPerWindow()][1];
        for (int w = 0; w < activity.windows(); w++) {
            for (int f = 0; f < counts.length; f++) {
                counts[f][0] = activity.count(w, f);
            }
            aggregate.add(grid.startFrame(w), counts);
        }
        float[] mean = aggregate.average(grid.gridFrames(), 0, 0f);
        byte[] count = new byte[mean.length];
        for (int t = 0; t < mean.length; t++) {
            count[t] = (byte) Math.rint(mean[t]);
        }
        return count;
    }
}
