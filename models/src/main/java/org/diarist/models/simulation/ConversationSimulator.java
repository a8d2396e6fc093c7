package org.diarist.models.simulation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Track;
import org.diarist.models.augment.Noise;
import org.diarist.models.augment.Reverb;
import org.diarist.models.augment.Signals;
import org.diarist.models.augment.TelephoneBand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds conversations from single-speaker utterances, with an exact reference: speakers take turns after pauses
 * or by talking over the end of the previous turn, interject short backchannels, and talk at different levels;
 * noise, room reverberation and telephone band-limiting are added to some. The same seed gives the same
 * conversation.
 *
 * <p>Each utterance is cut to the speech its {@link SpeechDetector} finds and silenced elsewhere, so the reference
 * says exactly where each voice is in the dry mixture. Overlap is steered per conversation: at each turn change the
 * next speaker starts early while the overlapped share of the speech so far is below a target drawn from the
 * configured range.
 */
public final class ConversationSimulator {

    public static final int SAMPLE_RATE = 16000;
    /** An overlap at a turn change covers at most this share of the turn it overlaps. */
    static final double MAX_OVERLAP_SHARE = 0.8;
    /** A backchannel needs a host turn of at least this many seconds, and sits inside its middle part. */
    static final double MIN_HOST_TURN = 1.5;
    static final int MAX_DRAWS = 5;
    /** Speech cut shorter than this by cropping an utterance is dropped (30 ms, the detector's shortest run). */
    static final int MIN_SPAN = SAMPLE_RATE * 3 / 100;

    private final UtterancePool pool;
    private final SimulationConfig config;
    private final SpeechDetector detector;

    public ConversationSimulator(UtterancePool pool, SimulationConfig config) {
        this(pool, config, EnergySpeechDetector.defaults());
    }

    public ConversationSimulator(UtterancePool pool, SimulationConfig config, SpeechDetector detector) {
        if (pool.speakers().isEmpty()) {
            throw new IllegalArgumentException("the utterance pool has no speakers");
        }
        this.pool = pool;
        this.config = config;
        this.detector = detector;
    }

    public SimulationConfig config() {
        return config;
    }

    public SimulatedConversation generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = (int) Math.round(config.duration() * SAMPLE_RATE);
        List<String> speakers = chooseSpeakers(random);
        int k = speakers.size();
        double[] levels = new double[k];
        for (int s = 0; s < k; s++) {
            levels[s] = config.speechLevelDbfs()
                + config.speakerGainRangeDb() * (2 * random.nextDouble() - 1);
        }
        double targetOverlap = uniform(random, config.minOverlapFraction(), config.maxOverlapFraction());
        TurnStatistics stats = config.statistics();
        Mixture mixture = new Mixture(n, speakers);

        int current = random.nextInt(k);
        int start = random.nextBoolean() ? 0 : samples(stats.pauses().sample(random));
        double turnSeconds = stats.turns().sample(random);
        int failures = 0;
        while (start < n && failures < MAX_DRAWS * k) {
            Piece turn = piece(speakers.get(current), turnSeconds, levels[current], random);
            if (turn == null) {
                failures++;
                current = k == 1 ? current : other(current, k, random);
                continue;
            }
            mixture.place(turn, current, start);
            int turnStart = start;
            int turnEnd = start + turn.length();
            if (k > 1 && random.nextDouble() < config.backchannelProbability()) {
                backchannel(mixture, speakers, levels, current, turnStart, turnEnd, random);
            }
            int next = k == 1 ? current : other(current, k, random);
            turnSeconds = stats.turns().sample(random);
            if (k > 1 && mixture.overlapFraction() < targetOverlap) {
                int limit = (int) (MAX_OVERLAP_SHARE * Math.min(turn.length(), samples(turnSeconds)));
                start = turnEnd - Math.min(samples(stats.overlaps().sample(random)), limit);
            } else {
                start = turnEnd + samples(stats.pauses().sample(random));
            }
            start = Math.max(start, mixture.busyUntil(next));
            current = next;
        }
        float[] audio = augment(mixture.audio(), speakers, random);
        return new SimulatedConversation(audio, SAMPLE_RATE, mixture.reference("sim-" + seed), mixture.speakersInOrder());
    }

    private List<String> chooseSpeakers(SplittableRandom random) {
        List<String> all = new ArrayList<>(pool.speakers());
        int k = config.minSpeakers() + random.nextInt(config.maxSpeakers() - config.minSpeakers() + 1);
        k = Math.min(k, all.size());
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(all.size() - i);
            String t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        return List.copyOf(all.subList(0, k));
    }

    /** A short interjection of another, silent speaker inside the middle part of the current turn. */
    private void backchannel(Mixture mixture, List<String> speakers, double[] levels, int host, int turnStart,
                             int turnEnd, SplittableRandom random) {
        int hostLength = turnEnd - turnStart;
        if (hostLength < samples(MIN_HOST_TURN)) {
            return;
        }
        int who = other(host, speakers.size(), random);
        Piece piece = piece(speakers.get(who), config.statistics().backchannels().sample(random), levels[who], random);
        if (piece == null) {
            return;
        }
        int earliest = Math.max(turnStart + hostLength / 5, mixture.busyUntil(who));
        int latest = turnEnd - hostLength / 5 - piece.length();
        if (latest > earliest) {
            mixture.place(piece, who, earliest + random.nextInt(latest - earliest + 1));
        }
    }

    /**
     * An utterance of {@code speaker} cut to at most {@code seconds} of its speech (from a random point when
     * longer), silenced outside its speech and brought to {@code levelDbfs}; null when draws hold no speech.
     */
    private Piece piece(String speaker, double seconds, double levelDbfs, SplittableRandom random) {
        int limit = Math.max(1, samples(seconds));
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            float[] utterance = pool.draw(speaker, random);
            List<SampleSpan> speech = detector.speech(utterance);
            if (speech.isEmpty()) {
                continue;
            }
            int from = speech.get(0).start();
            int to = speech.get(speech.size() - 1).end();
            if (to - from > limit) {
                from += random.nextInt(to - from - limit + 1);
                to = from + limit;
            }
            List<SampleSpan> kept = new ArrayList<>();
            for (SampleSpan s : speech) {
                int a = Math.max(s.start(), from);
                int b = Math.min(s.end(), to);
                if (b - a >= MIN_SPAN) {
                    kept.add(new SampleSpan(a, b));
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            return Piece.gated(utterance, kept, levelDbfs);
        }
        return null;
    }

    private float[] augment(float[] dry, List<String> speakers, SplittableRandom random) {
        float[] x = dry;
        if (Double.isFinite(config.noiseFloorMaxDbfs())) {
            double level = uniform(random, config.noiseFloorMinDbfs(), config.noiseFloorMaxDbfs());
            float[] floor = Noise.white(x.length, random);
            for (int i = 0; i < x.length; i++) {
                x[i] += (float) (floor[i] * Signals.amplitude(level));
            }
        }
        if (random.nextDouble() < config.reverbProbability()) {
            x = Reverb.apply(x, uniform(random, config.minRt60(), config.maxRt60()), SAMPLE_RATE, random);
        }
        if (random.nextDouble() < config.noiseProbability() && Signals.power(x) > 0) {
            List<NoiseKind> kinds = config.noiseKinds().stream().sorted().toList();
            NoiseKind kind = kinds.get(random.nextInt(kinds.size()));
            double snr = uniform(random, config.minSnrDb(), config.maxSnrDb());
            x = Noise.addAtSnr(x, noise(kind, x.length, speakers, random), snr);
        }
        if (random.nextDouble() < config.telephoneProbability()) {
            x = TelephoneBand.apply(x, SAMPLE_RATE);
        }
        float peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak > 0.99f ? Signals.scaled(x, 0.99 / peak) : x;
    }

    /** Babble is made of voices outside the conversation; without any, pink noise stands in. */
    private float[] noise(NoiseKind kind, int length, List<String> speakers, SplittableRandom random) {
        List<String> others = pool.speakers().stream().filter(s -> !speakers.contains(s)).toList();
        if (kind == NoiseKind.WHITE) {
            return Noise.white(length, random);
        }
        if (kind == NoiseKind.PINK || others.isEmpty()) {
            return Noise.pink(length, random);
        }
        List<float[]> voices = new ArrayList<>();
        for (int i = 0; i < Noise.BABBLE_VOICES; i++) {
            voices.add(pool.draw(others.get(random.nextInt(others.size())), random));
        }
        return Noise.babble(voices, length, random);
    }

    private static int other(int current, int k, SplittableRandom random) {
        int next = random.nextInt(k - 1);
        return next >= current ? next + 1 : next;
    }

    private static int samples(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }

    private static double uniform(SplittableRandom random, double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    /** Trimmed, gated, levelled speech of one speaker, with its speech spans relative to its first sample. */
    private record Piece(float[] audio, List<SampleSpan> speech) {

        static Piece gated(float[] utterance, List<SampleSpan> spans, double levelDbfs) {
            int from = spans.get(0).start();
            float[] audio = new float[spans.get(spans.size() - 1).end() - from];
            List<SampleSpan> relative = new ArrayList<>();
            double energy = 0;
            int count = 0;
            for (SampleSpan s : spans) {
                for (int i = s.start(); i < s.end(); i++) {
                    audio[i - from] = utterance[i];
                    energy += (double) utterance[i] * utterance[i];
                }
                count += s.length();
                relative.add(new SampleSpan(s.start() - from, s.end() - from));
            }
            double rms = Math.sqrt(energy / count);
            double gain = rms > 0 ? Signals.amplitude(levelDbfs) / rms : 0;
            for (int i = 0; i < audio.length; i++) {
                audio[i] *= (float) gain;
            }
            return new Piece(audio, relative);
        }

        int length() {
            return audio.length;
        }
    }

    /** The dry mixture being built: audio, how many speakers talk at each sample, and the reference turns. */
    private static final class Mixture {
        private final float[] audio;
        private final byte[] talking;
        private final List<String> speakers;
        private final int[] busyUntil;
        private final List<Track> tracks = new ArrayList<>();
        private long speech;
        private long overlap;

        Mixture(int length, List<String> speakers) {
            this.audio = new float[length];
            this.talking = new byte[length];
            this.speakers = speakers;
            this.busyUntil = new int[speakers.size()];
        }

        void place(Piece piece, int speaker, int start) {
            int end = Math.min(audio.length, start + piece.length());
            for (int i = start; i < end; i++) {
                audio[i] += piece.audio()[i - start];
            }
            for (SampleSpan s : piece.speech()) {
                int a = start + s.start();
                int b = Math.min(audio.length, start + s.end());
                if (a >= b) {
                    break;
                }
                for (int i = a; i < b; i++) {
                    if (talking[i] == 0) {
                        speech++;
                    } else if (talking[i] == 1) {
                        overlap++;
                    }
                    talking[i]++;
                }
                tracks.add(new Track(new Segment((double) a / SAMPLE_RATE, (double) b / SAMPLE_RATE),
                    speakers.get(speaker)));
            }
            busyUntil[speaker] = Math.max(busyUntil[speaker], start + piece.length());
        }

        int busyUntil(int speaker) {
            return busyUntil[speaker];
        }

        double overlapFraction() {
            return speech == 0 ? 0 : (double) overlap / speech;
        }

        float[] audio() {
            return audio;
        }

        Annotation reference(String uri) {
            return Annotation.of(uri, tracks);
        }

        List<String> speakersInOrder() {
            LinkedHashSet<String> order = new LinkedHashSet<>();
            tracks.stream().sorted().forEach(t -> order.add(t.label()));
            return List.copyOf(order);
        }
    }
}
