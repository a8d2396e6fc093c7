package org.diarist.models.train.segmentation;

import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.models.augment.Reverb;
import org.diarist.models.augment.TelephoneBand;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated conversations for segmentation training: 1–3 speakers take turns in a window, with pauses, overlapped
 * turn starts, short backchannels over the current speaker, gain differences, background noise, and optionally
 * room reverberation and telephone band-limiting. Labels come from where each placed utterance actually has speech.
 * Windows with a real meeting excerpt can be mixed in. Each optional draw is only made when its share is above
 * zero, so that a run without it keeps its random stream.
 */
public final class ConversationChunkSource implements ChunkSource {

    /** A window draws up to 3 distinct speakers. */
    public static final int MIN_SPEAKERS = 3;

    private static final int SAMPLE_RATE = 16000;
    private static final double[] SPEAKER_COUNT_WEIGHTS = {0.03, 0.17, 0.45, 0.35};
    private static final double OVERLAPPED_TURN_PROBABILITY = 0.25;
    private static final double BACKCHANNEL_PROBABILITY = 0.15;
    private static final double MEAN_PAUSE_SECONDS = 0.6;
    private static final double NOISE_PROBABILITY = 0.6;
    private static final double MIN_RT60 = 0.2;
    private static final double MAX_RT60 = 0.8;

    private final List<List<Utterance>> speakers;
    private final List<RealWindowSource> realRecordings;
    private final ChunkMix mix;
    private final RealOverlay realOverlay;
    private final SegmentationNetworkConfig network;
    private final int frames;

    /**
     * @param speakers utterances grouped by speaker; every speaker needs at least one utterance
     * @param realRecordings annotated real recordings to cut windows from (may be empty)
     */
    public ConversationChunkSource(List<List<Utterance>> speakers, List<RealWindowSource> realRecordings,
                                   ChunkMix mix, SegmentationNetworkConfig network) {
        if (speakers.size() < MIN_SPEAKERS) {
            throw new IllegalArgumentException("need at least 3 speakers, got " + speakers.size());
        }
        this.speakers = speakers;
        this.realRecordings = realRecordings;
        this.mix = realRecordings.isEmpty()
            ? new ChunkMix(0, 0, mix.reverb(), mix.telephone())
            : mix;
        this.realOverlay = new RealOverlay(realRecordings);
        this.network = network;
        this.frames = network.frames(network.windowSamples());
    }

    @Override
    public TrainingChunk next(SplittableRandom random) {
        if (random.nextDouble() < mix.real()) {
            int recording = random.nextInt(realRecordings.size());
            TrainingChunk window = realRecordings.get(recording).window(random, network);
            return happens(mix.realOverlay(), random)
                ? realOverlay.layOver(window, recording, random, network)
                : window;
        }
        int windowSamples = network.windowSamples();
        int count = draw(SPEAKER_COUNT_WEIGHTS, random);
        float[] audio = new float[windowSamples];
        boolean[][] activity = new boolean[Math.max(count, 1)][windowSamples];
        List<Integer> chosen = distinctSpeakers(count, random);
        double[] gains = new double[count];
        for (int s = 0; s < count; s++) {
            gains[s] = Math.pow(10, (random.nextDouble() * 9 - 6) / 20);
        }
        if (count > 0) {
            fillTurns(audio, activity, chosen, gains, random);
        }
        // The room acts on the voices, not on the noise; the phone line on everything.
        if (happens(mix.reverb(), random)) {
            audio = Reverb.apply(audio, MIN_RT60 + random.nextDouble() * (MAX_RT60 - MIN_RT60), SAMPLE_RATE, random);
        }
        if (random.nextDouble() < NOISE_PROBABILITY) {
            addNoise(audio, 5 + random.nextDouble() * 25, random);
        }
        if (happens(mix.telephone(), random)) {
            audio = TelephoneBand.apply(audio, SAMPLE_RATE);
        }
        return new TrainingChunk(audio, frameMasks(activity));
    }

    private static boolean happens(double share, SplittableRandom random) {
        return share > 0 && random.nextDouble() < share;
    }

    private void fillTurns(float[] mix, boolean[][] activity, List<Integer> chosen, double[] gains,
                           SplittableRandom random) {
        int windowSamples = mix.length;
        int count = chosen.size();
        // Start before the window now and then, so that windows also begin mid-turn.
        int position = -(int) (random.nextDouble() * 2 * SAMPLE_RATE);
        int previous = -1;
        int previousEnd = position;
        while (position < windowSamples) {
            int local = count == 1 ? 0 : nextSpeaker(previous, count, random);
            Utterance utterance = pick(chosen.get(local), random);
            int length = turnLength(utterance, random);
            place(utterance, length, position, local, gains[local], mix, activity, random);
            if (count > 1 && random.nextDouble() < BACKCHANNEL_PROBABILITY) {
                int other = (local + 1 + random.nextInt(count - 1)) % count;
                Utterance backchannel = pick(chosen.get(other), random);
                int bcLength = (int) ((0.3 + random.nextDouble() * 0.7) * SAMPLE_RATE);
                int bcStart = position + (int) (random.nextDouble() * Math.max(1, length - bcLength));
                place(backchannel, bcLength, bcStart, other, gains[other], mix, activity, random);
            }
            previous = local;
            previousEnd = position + length;
            if (count > 1 && random.nextDouble() < OVERLAPPED_TURN_PROBABILITY) {
                int overlap = (int) ((0.2 + random.nextDouble() * 1.3) * SAMPLE_RATE);
                position = previousEnd - Math.min(overlap, length / 2);
            } else {
                double pause = -Math.log(1 - random.nextDouble()) * MEAN_PAUSE_SECONDS;
                position = previousEnd + (int) (pause * SAMPLE_RATE);
            }
        }
    }

    /** Turn lengths are log-normal around 2.5 s, bounded by the utterance. */
    private static int turnLength(Utterance utterance, SplittableRandom random) {
        double seconds = Math.exp(Math.log(2.5) + 0.7 * gaussian(random));
        seconds = Math.max(0.4, Math.min(8, seconds));
        return Math.min(utterance.audio().length, (int) (seconds * SAMPLE_RATE));
    }

    /** Adds a random stretch of the utterance at {@code start} (which may lie outside the window). */
    private static void place(Utterance utterance, int length, int start, int local, double gain, float[] mix,
                              boolean[][] activity, SplittableRandom random) {
        int offset = utterance.audio().length > length ? random.nextInt(utterance.audio().length - length + 1) : 0;
        for (int i = 0; i < length; i++) {
            int target = start + i;
            if (target < 0 || target >= mix.length) {
                continue;
            }
            mix[target] += (float) (utterance.audio()[offset + i] * gain);
            if (utterance.isSpeech(offset + i)) {
                activity[local][target] = true;
            }
        }
    }

    private int[] frameMasks(boolean[][] activity) {
        int[] masks = new int[frames];
        for (int f = 0; f < frames; f++) {
            int sample = Math.min(activity[0].length - 1, network.frameCentreSample(f));
            int mask = 0;
            for (int s = 0; s < activity.length; s++) {
                if (activity[s][sample]) {
                    mask |= 1 << s;
                }
            }
            masks[f] = mask;
        }
        return masks;
    }

    private static void addNoise(float[] mix, double snrDb, SplittableRandom random) {
        double power = 0;
        for (float v : mix) {
            power += v * v;
        }
        power = Math.max(power / mix.length, 1e-6);
        double sigma = Math.sqrt(power / Math.pow(10, snrDb / 10));
        // Pink-ish noise: white noise through a one-pole low-pass with a random colour.
        double colour = random.nextDouble() * 0.95;
        double state = 0;
        double norm = Math.sqrt(1 - colour * colour);
        for (int i = 0; i < mix.length; i++) {
            state = colour * state + norm * gaussian(random);
            mix[i] += (float) (sigma * state);
        }
    }

    private Utterance pick(int speaker, SplittableRandom random) {
        List<Utterance> utterances = speakers.get(speaker);
        return utterances.get(random.nextInt(utterances.size()));
    }

    private List<Integer> distinctSpeakers(int count, SplittableRandom random) {
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int candidate = random.nextInt(speakers.size());
            if (!chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    private static int nextSpeaker(int previous, int count, SplittableRandom random) {
        if (previous < 0) {
            return random.nextInt(count);
        }
        return (previous + 1 + random.nextInt(count - 1)) % count;
    }

    private static int draw(double[] weights, SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
