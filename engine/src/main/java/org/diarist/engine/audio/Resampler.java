package org.diarist.engine.audio;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sample-rate conversion of a mono signal, streamed: push input blocks, pull output blocks, and the
 * result is the same, sample for sample, as converting the whole signal at once.
 *
 * <p>A polyphase windowed-sinc filter (Kaiser window). The pass band runs flat up to {@value #PASS_BAND} of the
 * lower of the two Nyquist frequencies and the stop band starts at that Nyquist frequency, attenuated by at least
 * {@value #STOP_BAND_DB} dB, so nothing above the new Nyquist folds back into the output. Output sample {@code n}
 * sits at input time {@code n * from / to}: no delay, and a signal of {@code N} input samples gives exactly
 * {@link #outputLength(long, int, int) ceil(N * to / from)} output samples.
 *
 * <p>When the reduced ratio has more than {@value #MAX_PHASES} phases (unusual rates such as 44,101 Hz), output
 * times are rounded to the nearest of {@value #MAX_PHASES} sub-sample positions: a timing error below 1/8192 of an
 * input sample, under -70 dB for any in-band signal.
 */
public final class Resampler {

    static final double PASS_BAND = 0.9;
    static final double STOP_BAND_DB = 80;
    static final int MAX_PHASES = 4096;
    /** Filter tables by rate pair: many short files at one rate (training data) must not redesign the filter. */
    private static final Map<Long, float[]> FILTERS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_FILTERS = 32;

    private final int from;
    private final int to;
    private final long up;
    private final long down;
    private final boolean identity;
    private final int phases;
    private final boolean exactPhases;
    private final int taps;
    /** The filter window of an output at input time {@code base + frac} spans {@code [base - before, base + after]}. */
    private final int before;
    private final int after;
    /** Filters of {@code taps} coefficients for the sub-sample positions {@code p / phases}, p = 0..phases. */
    private final float[] coefficients;

    /** Input samples with absolute indices {@code [historyStart, historyStart + historyLength)}. */
    private float[] history;
    private int historyLength;
    private long historyStart;
    private long inputCount;
    private long outputIndex;
    private boolean finished;

    public Resampler(int from, int to) {
        if (from <= 0 || to <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + from + " -> " + to);
        }
        this.from = from;
        this.to = to;
        long g = gcd(from, to);
        this.up = to / g;
        this.down = from / g;
        this.identity = from == to;
        this.exactPhases = up <= MAX_PHASES;
        this.phases = identity ? 1 : (int) Math.min(up, MAX_PHASES);
        this.taps = identity ? 1 : tapCount(from, to);
        this.after = taps / 2;
        this.before = taps - 1 - after;
        this.coefficients = identity ? new float[] {1f} : filter(from, to, phases, taps);
        this.history = new float[Math.max(4096, 2 * taps)];
        // Zeros before the first sample, so the first outputs see a full filter window.
        this.historyLength = taps;
        this.historyStart = -taps;
    }

    /** Converts a whole signal; the same as streaming it through one resampler in any block sizes. */
    public static float[] resample(float[] signal, int from, int to) {
        Resampler resampler = new Resampler(from, to);
        resampler.push(signal, 0, signal.length);
        resampler.finish();
        float[] out = new float[Math.toIntExact(outputLength(signal.length, from, to))];
        int n = 0;
        while (n < out.length) {
            int got = resampler.pull(out, n, out.length - n);
            if (got < 0) {
                break;
            }
            n += got;
        }
        return out;
    }

    /** The number of output samples for {@code inputFrames} input samples: {@code ceil(inputFrames * to / from)}. */
    public static long outputLength(long inputFrames, int from, int to) {
        long g = gcd(from, to);
        long up = to / g;
        long down = from / g;
        return Math.addExact(Math.multiplyExact(inputFrames, up), down - 1) / down;
    }

    public int inputRate() {
        return from;
    }

    public int outputRate() {
        return to;
    }

    /** Filter length in input samples (1 when the rates are equal). */
    public int taps() {
        return taps;
    }

    /** Appends input samples. */
    public void push(float[] input, int offset, int length) {
        if (finished) {
            throw new IllegalStateException("push after finish");
        }
        dropConsumedHistory();
        ensureCapacity(historyLength + length);
        System.arraycopy(input, offset, history, historyLength, length);
        historyLength += length;
        inputCount += length;
    }

    /** Marks the end of the input: the remaining outputs are computed with zeros after the last sample. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        dropConsumedHistory();
        ensureCapacity(historyLength + taps);
        Arrays.fill(history, historyLength, historyLength + taps, 0f);
        historyLength += taps;
    }

    /**
     * Writes up to {@code length} output samples that the input so far determines. Returns how many were written,
     * 0 when more input is needed, -1 once {@link #finish() finished} and every output has been pulled.
     */
    public int pull(float[] output, int offset, int length) {
        if (finished && outputIndex * down >= inputCount * up) {
            return length == 0 ? 0 : -1;
        }
        int written = 0;
        float[] h = history;
        float[] c = coefficients;
        int k = taps;
        while (written < length) {
            long position = outputIndex * down;
            if (finished ? position >= inputCount * up : position / up + after >= inputCount) {
                break;
            }
            long base = position / up;
            int phase = phaseOf(position % up);
            int start = (int) (base - before - historyStart);
            output[offset + written] = identity ? h[start] : dot(h, start, c, phase * k, k);
            written++;
            outputIndex++;
        }
        return written;
    }

    private int phaseOf(long remainder) {
        if (exactPhases) {
            return (int) remainder;
        }
        return (int) ((remainder * phases + up / 2) / up);
    }

    /** Eight independent sums so the CPU can overlap the multiply-adds (about twice as fast as one or four). */
    private static float dot(float[] x, int xo, float[] c, int co, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        for (int j = 0; j < n; j += 8) {
            s0 += x[xo + j] * c[co + j];
            s1 += x[xo + j + 1] * c[co + j + 1];
            s2 += x[xo + j + 2] * c[co + j + 2];
            s3 += x[xo + j + 3] * c[co + j + 3];
            s4 += x[xo + j + 4] * c[co + j + 4];
            s5 += x[xo + j + 5] * c[co + j + 5];
            s6 += x[xo + j + 6] * c[co + j + 6];
            s7 += x[xo + j + 7] * c[co + j + 7];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Forgets input that no future output needs, keeping the buffer small however long the stream. */
    private void dropConsumedHistory() {
        long firstNeeded = (outputIndex * down) / up - before;
        int drop = (int) Math.max(0, Math.min(historyLength, firstNeeded - historyStart));
        if (drop > 0) {
            System.arraycopy(history, drop, history, 0, historyLength - drop);
            historyLength -= drop;
            historyStart += drop;
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > history.length) {
            history = Arrays.copyOf(history, Math.max(needed, history.length * 2));
        }
    }

    /** Kaiser's estimate of the filter length for the transition band, rounded up to a multiple of 8. */
    private static int tapCount(int from, int to) {
        double nyquist = Math.min(from, to) / 2.0;
        double transition = 2 * Math.PI * (1 - PASS_BAND) * nyquist / from;
        int n = (int) Math.ceil((STOP_BAND_DB - 7.95) / (2.285 * transition)) + 1;
        return (n + 7) / 8 * 8;
    }

    /** The shared, read-only table for this rate pair. */
    private static float[] filter(int from, int to, int phases, int taps) {
        long key = (long) from << 32 | to;
        float[] cached = FILTERS.get(key);
        if (cached != null) {
            return cached;
        }
        float[] designed = design(from, to, phases, taps);
        if (FILTERS.size() < MAX_CACHED_FILTERS) {
            FILTERS.putIfAbsent(key, designed);
        }
        return designed;
    }

    /**
     * One filter per sub-sample position {@code p / phases}: tap {@code j} weighs the input sample at distance
     * {@code tau = p / phases + half - 1 - j} before the output time. Each filter is normalised to unit DC gain.
     */
    private static float[] design(int from, int to, int phases, int taps) {
        double nyquist = Math.min(from, to) / 2.0;
        double cutoff = (1 + PASS_BAND) / 2 * nyquist / from; // cycles per input sample
        double beta = 0.1102 * (STOP_BAND_DB - 8.7);
        double i0Beta = besselI0(beta);
        int half = taps / 2;
        float[] c = new float[(phases + 1) * taps];
        double[] filter = new double[taps];
        for (int p = 0; p <= phases; p++) {
            double frac = (double) p / phases;
            double sum = 0;
            for (int j = 0; j < taps; j++) {
                double tau = frac + half - 1 - j;
                double x = tau / half;
                double window = Math.abs(x) >= 1 ? 0 : besselI0(beta * Math.sqrt(1 - x * x)) / i0Beta;
                double arg = 2 * cutoff * tau;
                double sinc = arg == 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
                filter[j] = 2 * cutoff * sinc * window;
                sum += filter[j];
            }
            for (int j = 0; j < taps; j++) {
                c[p * taps + j] = (float) (filter[j] / sum);
            }
        }
        return c;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 200; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
