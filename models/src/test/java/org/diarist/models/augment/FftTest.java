package org.diarist.models.augment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FftTest {

    @Test
    void inverseUndoesForward() {
        SplittableRandom random = new SplittableRandom(1);
        double[] re = random.doubles(1024).toArray();
        double[] im = random.doubles(1024).toArray();
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        Fft.forward(re, im);
        Fft.inverse(re, im);
        assertArrayEquals(re0, re, 1e-12);
        assertArrayEquals(im0, im, 1e-12);
    }

    @Test
    void findsASinusoidInItsBin() {
        int n = 256;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = Math.cos(2 * Math.PI * 10 * i / n);
        }
        Fft.forward(re, im);
        assertEquals(n / 2.0, re[10], 1e-9);
        assertEquals(n / 2.0, re[n - 10], 1e-9);
        assertEquals(0, re[11], 1e-9);
    }

    @Test
    void convolvesLikeTheDirectSum() {
        SplittableRandom random = new SplittableRandom(2);
        float[] x = new float[300];
        float[] h = new float[37];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < h.length; i++) {
            h[i] = (float) random.nextDouble(-1, 1);
        }
        float[] expected = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (int k = 0; k < h.length && k <= i; k++) {
                sum += (double) h[k] * x[i - k];
            }
            expected[i] = (float) sum;
        }
        assertArrayEquals(expected, Fft.convolve(x, h), 1e-4f);
    }

    @Test
    void rejectsLengthsThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> Fft.forward(new double[6], new double[6]));
        assertEquals(1024, Fft.size(1000));
        assertEquals(1024, Fft.size(1024));
    }
}
