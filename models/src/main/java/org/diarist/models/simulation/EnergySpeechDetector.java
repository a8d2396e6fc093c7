package org.diarist.models.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech as frame energy: 10 ms frames within {@code relativeDb} of the utterance's loudest frame and above an
 * absolute floor, runs shorter than 30 ms dropped as clicks, and pauses shorter than {@code bridge} seconds kept
 * inside the speech (as human annotators do). Meant for clean read speech; noisy clips come out as all speech.
 */
public final class EnergySpeechDetector implements SpeechDetector {

    public static final int SAMPLE_RATE = 16000;
    static final int FRAME = SAMPLE_RATE / 100;
    static final int MIN_RUN_FRAMES = 3;

    private final double relativeDb;
    private final double absoluteDb;
    private final int bridgeFrames;

    /**
     * @param relativeDb frames this many dB below the loudest one are silence (e.g. -35)
     * @param absoluteDb frames below this level in dBFS are silence (e.g. -55)
     * @param bridge     pauses shorter than this many seconds do not split the speech
     */
    public EnergySpeechDetector(double relativeDb, double absoluteDb, double bridge) {
        this.relativeDb = relativeDb;
        this.absoluteDb = absoluteDb;
        this.bridgeFrames = (int) Math.round(bridge * 100);
    }

    /** -35 dB relative, -55 dBFS absolute, pauses under 0.25 s bridged. */
    public static EnergySpeechDetector defaults() {
        return new EnergySpeechDetector(-35, -55, 0.25);
    }

    @Override
    public List<SampleSpan> speech(float[] audio) {
        int frames = audio.length / FRAME;
        double[] db = new double[frames];
        double loudest = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                sum += (double) audio[i] * audio[i];
            }
            db[f] = 10 * Math.log10(sum / FRAME + 1e-20);
            loudest = Math.max(loudest, db[f]);
        }
        double threshold = Math.max(loudest + relativeDb, absoluteDb);
        List<SampleSpan> spans = new ArrayList<>();
        int lastEnd = Integer.MIN_VALUE;
        for (int f = 0; f < frames; ) {
            if (db[f] <= threshold) {
                f++;
                continue;
            }
            int end = f;
            while (end < frames && db[end] > threshold) {
                end++;
            }
            if (end - f >= MIN_RUN_FRAMES) {
                if (!spans.isEmpty() && f - lastEnd < bridgeFrames) {
                    SampleSpan previous = spans.remove(spans.size() - 1);
                    spans.add(new SampleSpan(previous.start(), end * FRAME));
                } else {
                    spans.add(new SampleSpan(f * FRAME, end * FRAME));
                }
                lastEnd = end;
            }
            f = end;
        }
        return spans;
    }
}
