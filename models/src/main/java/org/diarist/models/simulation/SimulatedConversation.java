package org.diarist.models.simulation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.FrameRange;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Timeline;

import java.util.List;

/**
 * A simulated conversation: the mixture and its exact reference (who speaks when, overlaps included).
 *
 * @param audio      the mixture, mono
 * @param sampleRate its sample rate
 * @param reference  one label per speaker (their pool ids), times in seconds computed from sample positions
 * @param speakers   the speakers in order of their first word, the order {@link #frameLabels} uses
 */
public record SimulatedConversation(float[] audio, int sampleRate, Annotation reference, List<String> speakers) {

    public SimulatedConversation {
        speakers = List.copyOf(speakers);
    }

    public double duration() {
        return (double) audio.length / sampleRate;
    }

    /** Seconds of speech (at least one speaker). */
    public double speech() {
        return reference.timeline().duration();
    }

    /** Seconds where two or more speakers talk at once. */
    public double overlap() {
        List<Timeline> timelines = List.copyOf(reference.timelinesByLabel().values());
        Timeline overlapped = Timeline.empty();
        for (int i = 0; i < timelines.size(); i++) {
            for (int j = i + 1; j < timelines.size(); j++) {
                overlapped = overlapped.union(timelines.get(i).intersection(timelines.get(j)));
            }
        }
        return overlapped.duration();
    }

    /**
     * Per-frame targets for a segmentation model: {@code [frame][speaker]} is 1 when the speaker talks at the
     * frame's centre ({@link SlidingWindow#range}), speakers in {@link #speakers()} order.
     */
    public float[][] frameLabels(SlidingWindow frames, int frameCount) {
        float[][] labels = new float[frameCount][speakers.size()];
        for (int s = 0; s < speakers.size(); s++) {
            for (var segment : reference.timeline(speakers.get(s))) {
                FrameRange range = frames.range(segment).clip(frameCount);
                for (long f = range.first(); f < range.end(); f++) {
                    labels[(int) f][s] = 1;
                }
            }
        }
        return labels;
    }
}
