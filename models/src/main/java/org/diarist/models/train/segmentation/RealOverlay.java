package org.diarist.models.train.segmentation;

import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.models.augment.Signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Extra overlap for real windows: lays a stretch of real speech, where one speaker of another recording talks
 * alone, over a window of a real recording, as one more local speaker. A handful of annotated meetings holds
 * little overlap; this multiplies it while keeping real spontaneous speech and the recordings' own channel.
 * A stretch never comes from a recording that shares a speaker with the window's recording, so that one voice
 * is never labelled as two local speakers.
 */
public final class RealOverlay {

    private static final int SAMPLE_RATE = 16000;
    private static final double MIN_SECONDS = 0.3;
    private static final double MAX_SECONDS = 2.5;
    private static final double MIN_GAIN_DB = -10;
    private static final double MAX_GAIN_DB = 2;

    private record Stretch(int recording, float[] audio) {
    }

    /** Per recording, the stretches it may receive. */
    private final List<List<Stretch>> candidates = new ArrayList<>();

    public RealOverlay(List<RealWindowSource> recordings) {
        List<Set<String>> speakersByRecording = new ArrayList<>();
        List<Stretch> stretches = new ArrayList<>();
        for (int r = 0; r < recordings.size(); r++) {
            speakersByRecording.add(new HashSet<>(recordings.get(r).reference().labels()));
            stretches.addAll(soloStretches(r, recordings.get(r)));
        }
        for (int r = 0; r < recordings.size(); r++) {
            Set<String> ours = speakersByRecording.get(r);
            List<Stretch> eligible = new ArrayList<>();
            for (Stretch stretch : stretches) {
                if (stretch.recording() != r
                    && speakersByRecording.get(stretch.recording()).stream().noneMatch(ours::contains)) {
                    eligible.add(stretch);
                }
            }
            candidates.add(eligible);
        }
    }

    /** The stretches of at least {@link #MIN_SECONDS} where one speaker of the recording talks alone. */
    private static List<Stretch> soloStretches(int index, RealWindowSource recording) {
        List<Stretch> solos = new ArrayList<>();
        for (String label : recording.reference().labels()) {
            Timeline others = Timeline.empty();
            for (String other : recording.reference().labels()) {
                if (!other.equals(label)) {
                    others = others.union(recording.reference().timeline(other));
                }
            }
            for (Segment solo : recording.reference().timeline(label).minus(others)) {
                int from = (int) Math.round(solo.start() * SAMPLE_RATE);
                int to = (int) Math.min(recording.audio().length, Math.round(solo.end() * SAMPLE_RATE));
                if (to - from >= MIN_SECONDS * SAMPLE_RATE) {
                    solos.add(new Stretch(index, Arrays.copyOfRange(recording.audio(), from, to)));
                }
            }
        }
        return solos;
    }

    /**
     * The window of {@code recording} with a solo stretch of another recording laid over it as a new local
     * speaker; the window unchanged when it already has the network's maximum of speakers or when no other
     * recording qualifies.
     */
    public TrainingChunk layOver(TrainingChunk window, int recording, SplittableRandom random,
                                 SegmentationNetworkConfig network) {
        int present = 0;
        for (int mask : window.frameSpeakerMasks()) {
            present |= mask;
        }
        // Above the highest speaker present: a speaker with too little speech to reach a frame centre leaves a
        // gap in the bits, and the newcomer must not take its place.
        int newSpeaker = Integer.SIZE - Integer.numberOfLeadingZeros(present);
        List<Stretch> eligible = candidates.get(recording);
        if (newSpeaker >= network.maxSpeakers() || eligible.isEmpty()) {
            return window;
        }
        Stretch stretch = eligible.get(random.nextInt(eligible.size()));
        int maxLength = Math.min(stretch.audio().length, (int) (MAX_SECONDS * SAMPLE_RATE));
        int minLength = (int) (MIN_SECONDS * SAMPLE_RATE);
        int length = minLength + random.nextInt(Math.max(1, maxLength - minLength + 1));
        int offset = random.nextInt(stretch.audio().length - length + 1);
        float[] audio = window.audio().clone();
        int start = random.nextInt(Math.max(1, audio.length - length + 1));
        // Relative to the window's speakers (or, in a window without speech, to the stretch's own level).
        double level = speechRms(window, network);
        double gain = (level > 0 ? level / Math.max(1e-6, Math.sqrt(Signals.power(stretch.audio()))) : 1)
            * Signals.amplitude(uniform(random, MIN_GAIN_DB, MAX_GAIN_DB));
        for (int i = 0; i < length && start + i < audio.length; i++) {
            audio[start + i] += (float) (stretch.audio()[offset + i] * gain);
        }
        int[] masks = window.frameSpeakerMasks().clone();
        for (int f = 0; f < masks.length; f++) {
            int sample = network.frameCentreSample(f);
            if (sample >= start && sample < start + length) {
                masks[f] |= 1 << newSpeaker;
            }
        }
        return new TrainingChunk(audio, masks);
    }

    private static double speechRms(TrainingChunk window, SegmentationNetworkConfig network) {
        int step = network.frameStepSamples();
        double sum = 0;
        long count = 0;
        int[] masks = window.frameSpeakerMasks();
        for (int f = 0; f < masks.length; f++) {
            if (masks[f] == 0) {
                continue;
            }
            int from = network.frameCentreSample(f) - step / 2;
            for (int i = from; i < Math.min(window.audio().length, from + step); i++) {
                sum += window.audio()[i] * window.audio()[i];
                count++;
            }
        }
        return count == 0 ? 0 : Math.sqrt(sum / count);
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }
}
