package org.diarist.models.augment;

/**
 * In-place iterative radix-2 complex FFT on separate real and imaginary arrays, for convolution and spectral
 * shaping of training audio (a few seconds at a time, so plain Java is fast enough).
 */
public final class Fft {

    private Fft() {
    }

    /** The smallest power of two that is at least {@code n}. */
    public static int size(int n) {
        if (n > (1 << 30)) {
            throw new IllegalArgumentException("too long for an FFT: " + n);
        }
        int size = 1;
        while (size < n) {
            size <<= 1;
        }
        return size;
    }

    /** Forward transform, no scaling. Both arrays have the same power-of-two length. */
    public static void forward(double[] re, double[] im) {
        transform(re, im, -1);
    }

    /** Inverse transform, scaled by 1/n so that {@code inverse(forward(x)) == x}. */
    public static void inverse(double[] re, double[] im) {
        transform(re, im, 1);
        double scale = 1.0 / re.length;
        for (int i = 0; i < re.length; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    private static void transform(double[] re, double[] im, int sign) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("FFT length must be one power of two for both arrays: " + n);
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = sign * 2 * Math.PI / len;
            double wRe = Math.cos(angle);
            double wIm = Math.sin(angle);
            int half = len >> 1;
            for (int start = 0; start < n; start += len) {
                double uRe = 1;
                double uIm = 0;
                for (int k = 0; k < half; k++) {
                    int a = start + k;
                    int b = a + half;
                    double tRe = re[b] * uRe - im[b] * uIm;
                    double tIm = re[b] * uIm + im[b] * uRe;
                    re[b] = re[a] - tRe;
                    im[b] = im[a] - tIm;
                    re[a] += tRe;
                    im[a] += tIm;
                    double next = uRe * wRe - uIm * wIm;
                    uIm = uRe * wIm + uIm * wRe;
                    uRe = next;
                }
            }
        }
    }

    /** {@code x * h} (linear convolution), cut to the length of {@code x}. */
    public static float[] convolve(float[] x, float[] h) {
        int n = size(x.length + h.length - 1);
        double[] xRe = new double[n];
        double[] xIm = new double[n];
        double[] hRe = new double[n];
        double[] hIm = new double[n];
        for (int i = 0; i < x.length; i++) {
            xRe[i] = x[i];
        }
        for (int i = 0; i < h.length; i++) {
            hRe[i] = h[i];
        }
        forward(xRe, xIm);
        forward(hRe, hIm);
        for (int i = 0; i < n; i++) {
            double re = xRe[i] * hRe[i] - xIm[i] * hIm[i];
            xIm[i] = xRe[i] * hIm[i] + xIm[i] * hRe[i];
            xRe[i] = re;
        }
        inverse(xRe, xIm);
        float[] y = new float[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) xRe[i];
        }
        return y;
    }
}
