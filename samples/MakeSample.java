import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Mixes single-speaker prompts (16 kHz raw float, one file per turn) into a conversation with pauses,
 * overlaps and backchannels, and writes it as 16-bit PCM WAV plus the exact RTTM of where each
 * prompt's speech is. Run by make-sample.sh: {@code java MakeSample.java TURNS.txt OUT.wav OUT.rttm}.
 *
 * <p>Speech inside a prompt is found by frame energy (10 ms frames, within 35 dB of the prompt's
 * loudest frame); silence around it is cut off, pauses of 0.3 s or longer inside it end a segment.
 * Every time is a whole number of milliseconds, so the RTTM's three decimals are exact.
 */
public final class MakeSample {
    static final int RATE = 16000;
    static final int MS = RATE / 1000;
    static final int FRAME = 10 * MS;
    static final double RELATIVE_THRESHOLD_DB = -35;
    static final double ABSOLUTE_THRESHOLD_DB = -55;
    static final int BRIDGE_FRAMES = 30;
    static final int MIN_RUN_FRAMES = 3;
    static final int FADE = 5 * MS;
    static final long SEED = 20240601L;
    static final double NOISE_FLOOR_DBFS = -62;
    /** Speakers talk at different levels, as they would into one microphone. */
    static final Map<String, Double> LEVEL_DBFS = Map.of("allison", -23.0, "carlo", -20.0, "june", -26.0);

    record Prompt(String kind, String label, float[] audio, List<int[]> speech) {}

    record Placed(String label, int start, int end) {}

    public static void main(String[] args) throws IOException {
        List<Prompt> prompts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.trim().split("\\s+");
            prompts.add(trimmed(f[0], f[1], readFloats(Path.of(f[2]))));
        }
        Random random = new Random(SEED);
        List<Placed> segments = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        int floorStart = 0;
        int floorEnd = 500 * MS;
        for (Prompt p : prompts) {
            int length = p.audio().length;
            int start;
            if (p.kind().equals("backchannel")) {
                start = floorStart + ms((0.35 + 0.25 * random.nextDouble()) * (floorEnd - floorStart) / RATE);
            } else if (p.kind().equals("interrupt")) {
                int overlap = Math.min(ms(0.3 + 0.5 * random.nextDouble()), ms(0.4 * Math.min(length, floorEnd - floorStart) / RATE));
                start = floorEnd - overlap;
            } else {
                start = floorEnd + ms(0.2 + 0.8 * random.nextDouble());
            }
            for (int[] s : p.speech()) {
                Placed placed = new Placed(p.label(), start + s[0], start + s[1]);
                for (Placed other : segments) {
                    if (other.label().equals(placed.label()) && other.start() < placed.end() && placed.start() < other.end()) {
                        throw new IllegalStateException(p.label() + " would talk over themself at " + placed.start());
                    }
                }
                segments.add(placed);
            }
            offsets.add(new int[] {start});
            if (!p.kind().equals("backchannel")) {
                floorStart = start;
                floorEnd = start + length;
            }
        }
        int total = segments.stream().mapToInt(Placed::end).max().orElseThrow() + 600 * MS;
        float[] mix = new float[total];
        Random noise = new Random(SEED + 1);
        double noiseRms = Math.pow(10, NOISE_FLOOR_DBFS / 20);
        for (int i = 0; i < total; i++) {
            mix[i] = (float) (noiseRms * noise.nextGaussian());
        }
        for (int k = 0; k < prompts.size(); k++) {
            float[] a = prompts.get(k).audio();
            int start = offsets.get(k)[0];
            for (int i = 0; i < a.length; i++) {
                mix[start + i] += a[i];
            }
        }
        float peak = 0;
        for (float v : mix) {
            peak = Math.max(peak, Math.abs(v));
        }
        if (peak > 0.95f) {
            for (int i = 0; i < total; i++) {
                mix[i] *= 0.95f / peak;
            }
        }
        writeWav(Path.of(args[1]), mix);
        segments.sort(Comparator.comparingInt(Placed::start).thenComparing(Placed::label));
        writeRttm(Path.of(args[2]), segments);
        check(total, segments);
    }

    /** Cuts leading and trailing silence, fades the cut edges, and scales to the speaker's level. */
    static Prompt trimmed(String kind, String label, float[] audio) {
        int frames = audio.length / FRAME;
        double[] db = new double[frames];
        double loudest = -200;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                sum += audio[i] * audio[i];
            }
            db[f] = 10 * Math.log10(sum / FRAME + 1e-12);
            loudest = Math.max(loudest, db[f]);
        }
        double threshold = Math.max(loudest + RELATIVE_THRESHOLD_DB, ABSOLUTE_THRESHOLD_DB);
        List<int[]> runs = new ArrayList<>();
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
                if (!runs.isEmpty() && f - runs.get(runs.size() - 1)[1] < BRIDGE_FRAMES) {
                    runs.get(runs.size() - 1)[1] = end;
                } else {
                    runs.add(new int[] {f, end});
                }
            }
            f = end;
        }
        int first = runs.get(0)[0];
        int last = runs.get(runs.size() - 1)[1];
        float[] cut = new float[(last - first) * FRAME];
        System.arraycopy(audio, first * FRAME, cut, 0, cut.length);
        List<int[]> speech = new ArrayList<>();
        double energy = 0;
        long samples = 0;
        for (int[] r : runs) {
            int s = (r[0] - first) * FRAME;
            int e = (r[1] - first) * FRAME;
            speech.add(new int[] {s, e});
            for (int i = s; i < e; i++) {
                energy += cut[i] * cut[i];
            }
            samples += e - s;
        }
        double gain = Math.pow(10, LEVEL_DBFS.get(label) / 20) / Math.sqrt(energy / samples);
        for (int i = 0; i < cut.length; i++) {
            double fade = Math.min(1.0, Math.min(i + 1, cut.length - i) / (double) FADE);
            cut[i] = (float) (cut[i] * gain * fade);
        }
        return new Prompt(kind, label, cut, speech);
    }

    static int ms(double seconds) {
        return (int) Math.round(seconds * 1000) * MS;
    }

    static float[] readFloats(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.remaining() / 4];
        bytes.asFloatBuffer().get(out);
        return out;
    }

    static void writeWav(Path file, float[] samples) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(44 + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes()).putInt(36 + 2 * samples.length).put("WAVE".getBytes());
        data.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
            .putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        data.put("data".getBytes()).putInt(2 * samples.length);
        for (float v : samples) {
            data.putShort((short) Math.max(-32768, Math.min(32767, Math.round(v * 32767))));
        }
        Files.write(file, data.array());
    }

    static void writeRttm(Path file, List<Placed> segments) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Placed s : segments) {
                out.printf(Locale.ROOT, "SPEAKER conversation 1 %.3f %.3f <NA> <NA> %s <NA> <NA>%n",
                    s.start() / (double) RATE, (s.end() - s.start()) / (double) RATE, s.label());
            }
        }
    }

    /** Prints the sample's figures and fails when they leave the ranges the sample promises. */
    static void check(int total, List<Placed> segments) {
        int[] speakers = new int[total];
        for (Placed s : segments) {
            for (int i = s.start(); i < s.end(); i++) {
                speakers[i]++;
            }
        }
        long speech = 0;
        long overlap = 0;
        for (int n : speakers) {
            speech += n > 0 ? 1 : 0;
            overlap += n > 1 ? 1 : 0;
        }
        double duration = total / (double) RATE;
        double overlapFraction = overlap / (double) speech;
        System.out.printf(Locale.ROOT, "conversation: %.2f s, %d segments, speech %.2f s, overlap %.2f s (%.1f %% of speech)%n",
            duration, segments.size(), speech / (double) RATE, overlap / (double) RATE, 100 * overlapFraction);
        if (duration < 40 || duration > 60 || overlapFraction < 0.05 || overlapFraction > 0.10) {
            System.err.println("MakeSample: duration must be 40-60 s and overlap 5-10 % of speech; change the turns or the seed");
            System.exit(1);
        }
    }
}
