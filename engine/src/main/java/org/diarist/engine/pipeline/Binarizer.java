package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.FrameRange;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Timeline;

import java.util.ArrayList;
import java.util.List;

/** Frame scores to regions of time, as {@link BinarizeConfig} describes. */
public final class Binarizer {

    private Binarizer() {
    }

    /**
     * Frame ranges where the scores are on, by hysteresis: on from the first frame above onset (or frame 0 when
     * it starts above onset), off from the first frame below offset.
     */
    public static List<FrameRange> activeRuns(float[] scores, double onset, double offset) {
        List<FrameRange> runs = new ArrayList<>();
        boolean active = false;
        int start = 0;
        for (int t = 0; t < scores.length; t++) {
            if (active && scores[t] < offset) {
                runs.add(new FrameRange(start, t));
                active = false;
            } else if (!active && scores[t] > onset) {
                start = t;
                active = true;
            }
        }
        if (active) {
            runs.add(new FrameRange(start, scores.length));
        }
        return runs;
    }

    /**
     * Regions where {@code scores} (one per frame of {@code frames}) are on, cut to {@code extent} (the recording),
     * gaps shorter than the minimum off duration filled, regions shorter than the minimum on duration dropped.
     */
    public static Timeline binarize(float[] scores, SlidingWindow frames, Segment extent, BinarizeConfig config) {
        List<Segment> regions = new ArrayList<>();
        for (FrameRange run : activeRuns(scores, config.onset(), config.offset())) {
            Segment region = frames.segment(run).intersection(extent);
            if (!region.isEmpty()) {
                regions.add(region);
            }
        }
        return withMinDurations(Timeline.of(regions), config.minDurationOn(), config.minDurationOff());
    }

    /** Gaps shorter than {@code minOff} filled, then regions shorter than {@code minOn} dropped. */
    public static Timeline withMinDurations(Timeline regions, double minOn, double minOff) {
        Timeline filled = minOff > 0 ? regions.support(minOff) : regions;
        if (minOn <= 0) {
            return filled;
        }
        List<Segment> kept = new ArrayList<>();
        for (Segment segment : filled) {
            if (segment.duration() >= minOn) {
                kept.add(segment);
            }
        }
        return Timeline.of(kept);
    }
}
