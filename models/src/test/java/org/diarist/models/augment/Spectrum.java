package org.diarist.models.augment;

/** Test helper: energy of a signal between two frequencies, from its zero-padded FFT. */
final class Spectrum {

    private final double[] power;
    private final double hzPerBin;

    Spectrum(float[] x, int sampleRate) {
        int n = Fft.size(x.length);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < x.length; i++) {
            re[i] = x[i];
        }
        Fft.forward(re, im);
        power = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            power[k] = re[k] * re[k] + im[k] * im[k];
        }
        hzPerBin = (double) sampleRate / n;
    }

    /** Energy of the bins in {@code [fromHz, toHz)}. */
    double energy(double fromHz, double toHz) {
        double sum = 0;
        for (int k = 0; k < power.length; k++) {
            double hz = k * hzPerBin;
            if (hz >= fromHz && hz < toHz) {
                sum += power[k];
            }
        }
        return sum;
    }

    /** Mean energy per bin in {@code [fromHz, toHz)}. */
    double density(double fromHz, double toHz) {
        return energy(fromHz, toHz) / Math.max(1, (int) Math.round((toHz - fromHz) / hzPerBin));
    }

    double total() {
        return energy(0, Double.MAX_VALUE);
    }
}
