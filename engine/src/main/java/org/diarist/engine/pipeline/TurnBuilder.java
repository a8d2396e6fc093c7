package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.FrameRange;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.Track;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Frames of global speakers to labelled turns, cut to the recording, with {@link PostProcessingConfig}'s minimum
 * durations. Overlapping speakers are post-processed one by one (pyannote's {@code Binarize}); in exclusive mode
 * the frames hold at most one speaker each and are post-processed as one sequence, so that filling a gap never
 * lets two speakers talk at once: only silence between two turns of the same speaker is filled, and dropped turns
 * become silence.
 */
public final class TurnBuilder {

    private TurnBuilder() {
    }

    /**
     * @param labels the label of each global speaker
     */
    public static Annotation annotate(String uri, DiscreteDiarization frames, List<String> labels,
                                      SlidingWindow grid, Segment extent, PostProcessingConfig config) {
        List<Track> tracks = new ArrayList<>();
        if (config.exclusive()) {
            exclusiveTurns(frames, labels, grid, extent, config, tracks);
        } else {
            for (int k = 0; k < frames.speakers(); k++) {
                List<Segment> turns = new ArrayList<>();
                for (FrameRange run : runs(frames.frames(k))) {
                    addCut(turns, grid.segment(run), extent);
                }
                Timeline kept = Binarizer.withMinDurations(Timeline.of(turns), config.minDurationOn(),
                    config.minDurationOff());
                for (Segment turn : kept) {
                    tracks.add(new Track(turn, labels.get(k)));
                }
            }
        }
        return Annotation.of(uri, tracks);
    }

    private static void exclusiveTurns(DiscreteDiarization frames, List<String> labels, SlidingWindow grid,
                                       Segment extent, PostProcessingConfig config, List<Track> tracks) {
        int[] speaker = new int[frames.frames()];
        java.util.Arrays.fill(speaker, -1);
        for (int k = 0; k < frames.speakers(); k++) {
            BitSet on = frames.frames(k);
            for (int t = on.nextSetBit(0); t >= 0; t = on.nextSetBit(t + 1)) {
                if (speaker[t] >= 0) {
                    throw new IllegalArgumentException("frame " + t + " has two speakers; exclusive mode needs one");
                }
                speaker[t] = k;
            }
        }
        List<int[]> runs = labelRuns(speaker); // {label, first, end}
        for (int r = 1; r + 1 < runs.size(); r++) {
            int[] gap = runs.get(r);
            if (gap[0] < 0 && runs.get(r - 1)[0] == runs.get(r + 1)[0] && runs.get(r - 1)[0] >= 0
                    && duration(grid, gap) < config.minDurationOff()) {
                java.util.Arrays.fill(speaker, gap[1], gap[2], runs.get(r - 1)[0]);
            }
        }
        for (int[] run : labelRuns(speaker)) {
            if (run[0] >= 0 && duration(grid, run) < config.minDurationOn()) {
                java.util.Arrays.fill(speaker, run[1], run[2], -1);
            }
        }
        for (int[] run : labelRuns(speaker)) {
            if (run[0] >= 0) {
                List<Segment> cut = new ArrayList<>();
                addCut(cut, grid.segment(new FrameRange(run[1], run[2])), extent);
                cut.forEach(turn -> tracks.add(new Track(turn, labels.get(run[0]))));
            }
        }
    }

    private static double duration(SlidingWindow grid, int[] run) {
        return grid.segment(new FrameRange(run[1], run[2])).duration();
    }

    /** Maximal runs of equal values: {label, first frame, end frame}. */
    private static List<int[]> labelRuns(int[] labels) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int t = 1; t <= labels.length; t++) {
            if (t == labels.length || labels[t] != labels[start]) {
                runs.add(new int[] {labels[start], start, t});
                start = t;
            }
        }
        return runs;
    }

    private static List<FrameRange> runs(BitSet on) {
        List<FrameRange> runs = new ArrayList<>();
        for (int start = on.nextSetBit(0); start >= 0; ) {
            int end = on.nextClearBit(start);
            runs.add(new FrameRange(start, end));
            start = on.nextSetBit(end);
        }
        return runs;
    }

    private static void addCut(List<Segment> turns, Segment turn, Segment extent) {
        Segment cut = turn.intersection(extent);
        if (!cut.isEmpty()) {
            turns.add(cut);
        }
    }
}
