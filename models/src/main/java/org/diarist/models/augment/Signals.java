package org.diarist.models.augment;

/** Power and level arithmetic shared by the augmentations. */
public final class Signals {

    private Signals() {
    }

    /** Mean square of the samples (0 for an empty signal). */
    public static double power(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += (double) v * v;
        }
        return x.length == 0 ? 0 : sum / x.length;
    }

    public static double decibels(double powerRatio) {
        return 10 * Math.log10(powerRatio);
    }

    /** The amplitude factor of a gain in decibels. */
    public static double amplitude(double db) {
        return Math.pow(10, db / 20);
    }

    /** {@code x} times {@code factor}, as a new array. */
    public static float[] scaled(float[] x, double factor) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (x[i] * factor);
        }
        return y;
    }
}
