package org.diarist.models.augment;

/**
 * Telephone band-limiting: 300-3400 Hz pass, as on a narrow-band phone line; nothing above 3.8 kHz or below
 * 200 Hz survives. Filtered in the frequency domain over the whole signal, with raised-cosine edges so that the
 * filter's impulse response is short and cutting the result to the input's length leaks almost nothing.
 */
public final class TelephoneBand {

    public static final double LOW_HZ = 300;
    public static final double HIGH_HZ = 3400;
    /** Width of the raised-cosine transitions: stop below 200 Hz and above 3800 Hz. */
    static final double LOW_TRANSITION_HZ = 100;
    static final double HIGH_TRANSITION_HZ = 400;

    private TelephoneBand() {
    }

    public static float[] apply(float[] x, int sampleRate) {
        int n = Fft.size(Math.max(2 * x.length, 2));
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < x.length; i++) {
            re[i] = x[i];
        }
        Fft.forward(re, im);
        for (int k = 0; k <= n / 2; k++) {
            double gain = gain((double) k * sampleRate / n);
            re[k] *= gain;
            im[k] *= gain;
            if (k > 0 && k < n / 2) {
                re[n - k] *= gain;
                im[n - k] *= gain;
            }
        }
        Fft.inverse(re, im);
        float[] y = new float[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) re[i];
        }
        return y;
    }

    /** The filter's amplitude response at {@code hz}. */
    static double gain(double hz) {
        if (hz >= LOW_HZ && hz <= HIGH_HZ) {
            return 1;
        }
        if (hz < LOW_HZ - LOW_TRANSITION_HZ || hz > HIGH_HZ + HIGH_TRANSITION_HZ) {
            return 0;
        }
        double into = hz < LOW_HZ ? (LOW_HZ - hz) / LOW_TRANSITION_HZ : (hz - HIGH_HZ) / HIGH_TRANSITION_HZ;
        double c = Math.cos(0.5 * Math.PI * into);
        return c * c;
    }
}
