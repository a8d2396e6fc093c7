package org.diarist.engine.vad;

import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Hysteresis thresholding of frame probabilities into speech regions, as {@link SpeechRegionConfig} describes.
 * Works in samples (frame {@code i} starts at sample {@code i * frameStep}) and converts to seconds once at the end.
 */
public final class SpeechRegions {

    private SpeechRegions() {
    }

    /**
     * @param probabilities one speech probability per frame
     * @param frameStep     samples between frame starts
     * @param totalSamples  length of the audio (regions never pass it)
     * @param sampleRate    samples per second
     */
    public static Timeline detect(float[] probabilities, int frameStep, long totalSamples, int sampleRate,
                                  SpeechRegionConfig config) {
        long minSpeech = (long) (config.minSpeech() * sampleRate);
        long minSilence = (long) (config.minSilence() * sampleRate);
        long pad = (long) (config.padding() * sampleRate);

        List<long[]> regions = new ArrayList<>();
        boolean speaking = false;
        long start = 0;
        long silenceStart = -1; // first sample of the current dip below offset, -1 when none
        for (int i = 0; i < probabilities.length; i++) {
            long at = (long) i * frameStep;
            float p = probabilities[i];
            if (p >= config.onset()) {
                silenceStart = -1;
                if (!speaking) {
                    speaking = true;
                    start = at;
                }
            } else if (speaking && p < config.offset()) {
                if (silenceStart < 0) {
                    silenceStart = at;
                }
                if (at - silenceStart >= minSilence) {
                    if (silenceStart - start > minSpeech) {
                        regions.add(new long[] {start, silenceStart});
                    }
                    speaking = false;
                    silenceStart = -1;
                }
            }
        }
        if (speaking && totalSamples - start > minSpeech) {
            regions.add(new long[] {start, totalSamples});
        }
        pad(regions, pad, totalSamples);

        List<Segment> segments = new ArrayList<>(regions.size());
        for (long[] region : regions) {
            segments.add(new Segment((double) region[0] / sampleRate, (double) region[1] / sampleRate));
        }
        return Timeline.of(segments);
    }

    /** Widens each region by {@code pad}; a gap narrower than two pads is shared between its neighbours. */
    private static void pad(List<long[]> regions, long pad, long totalSamples) {
        for (int i = 0; i < regions.size(); i++) {
            long[] region = regions.get(i);
            if (i == 0) {
                region[0] = Math.max(0, region[0] - pad);
            }
            if (i + 1 < regions.size()) {
                long[] next = regions.get(i + 1);
                long gap = next[0] - region[1];
                long widen = gap < 2 * pad ? gap / 2 : pad;
                region[1] += widen;
                next[0] = Math.max(0, next[0] - widen);
            } else {
                region[1] = Math.min(totalSamples, region[1] + pad);
            }
        }
    }
}
