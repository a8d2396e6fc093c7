package org.diarist.engine.features;

/**
 * Kaldi's triangular mel filters (mel = 1127 ln(1 + f / 700), equally spaced in mel between the low and high
 * frequency), as a matrix that maps a power spectrum to mel energies.
 */
public final class MelFilterbank {

    private MelFilterbank() {
    }

    public static double mel(double hz) {
        return 1127.0 * Math.log(1.0 + hz / 700.0);
    }

    /**
     * The filters as a row-major [fftSize / 2 + 1, melBins] matrix, so that {@code spectrum @ matrix} gives mel
     * energies. The last row (the Nyquist bin) is zero, as in Kaldi.
     */
    public static float[] spectrumToMel(FbankConfig config) {
        int bins = config.melBins();
        int fftSize = config.fftSize();
        int spectrumBins = fftSize / 2 + 1;
        double binWidth = (double) config.sampleRate() / fftSize;
        double melLow = mel(config.lowFrequency());
        double melHigh = mel(config.effectiveHighFrequency());
        double delta = (melHigh - melLow) / (bins + 1);
        float[] matrix = new float[spectrumBins * bins];
        for (int m = 0; m < bins; m++) {
            double left = melLow + m * delta;
            double center = left + delta;
            double right = center + delta;
            for (int k = 0; k < fftSize / 2; k++) {
                double frequencyMel = mel(binWidth * k);
                double up = (frequencyMel - left) / (center - left);
                double down = (right - frequencyMel) / (right - center);
                matrix[k * bins + m] = (float) Math.max(0.0, Math.min(up, down));
            }
        }
        return matrix;
    }
}
