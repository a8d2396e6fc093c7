package org.diarist.engine.audio;

/** Synthetic test signals and the measurements tests make on them. Other modules' tests use it too. */
public final class Sines {

    private Sines() {
    }

    /** {@code amplitude * sin(2 pi f n / rate + phase)} for {@code n < frames}. */
    public static double[] sine(double frequency, int rate, int frames, double amplitude, double phase) {
        double[] x = new double[frames];
        for (int n = 0; n < frames; n++) {
            x[n] = amplitude * Math.sin(2 * Math.PI * frequency * n / rate + phase);
        }
        return x;
    }

    public static float[] toFloat(double[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) x[i];
        }
        return y;
    }

    /** Interleaves equal-length channels. */
    public static double[] interleave(double[]... channels) {
        int frames = channels[0].length;
        double[] x = new double[frames * channels.length];
        for (int n = 0; n < frames; n++) {
            for (int c = 0; c < channels.length; c++) {
                x[n * channels.length + c] = channels[c][n];
            }
        }
        return x;
    }

    /**
     * Amplitude of the component at {@code frequency} in {@code x[from, to)}, by least-squares fit of a sine and
     * a cosine (exact for a pure tone whatever its phase; near zero for a tone of another frequency).
     */
    public static double amplitude(float[] x, int from, int to, double frequency, int rate) {
        double ss = 0;
        double cc = 0;
        double sc = 0;
        double xs = 0;
        double xc = 0;
        for (int n = from; n < to; n++) {
            double w = 2 * Math.PI * frequency * n / rate;
            double s = Math.sin(w);
            double c = Math.cos(w);
            ss += s * s;
            cc += c * c;
            sc += s * c;
            xs += x[n] * s;
            xc += x[n] * c;
        }
        double det = ss * cc - sc * sc;
        double a = (xs * cc - xc * sc) / det;
        double b = (xc * ss - xs * sc) / det;
        return Math.hypot(a, b);
    }

    /** Root mean square of {@code x[from, to)}. */
    public static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int n = from; n < to; n++) {
            sum += (double) x[n] * x[n];
        }
        return Math.sqrt(sum / (to - from));
    }

    public static double decibels(double ratio) {
        return 20 * Math.log10(ratio);
    }
}
