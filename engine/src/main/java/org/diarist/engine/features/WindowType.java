package org.diarist.engine.features;

/** Frame window functions, defined as Kaldi and {@code torchaudio.compliance.kaldi} define them (symmetric). */
public enum WindowType {
    /** Kaldi's default: a Hann window raised to the power 0.85, zero at both ends. */
    POVEY,
    /** 0.54 - 0.46 cos(2 pi n / (N - 1)); what WeSpeaker uses. */
    HAMMING,
    /** 0.5 - 0.5 cos(2 pi n / (N - 1)). */
    HANNING,
    RECTANGULAR;

    /** The {@code size} coefficients of this window, computed in double precision. */
    public double[] coefficients(int size) {
        double[] w = new double[size];
        double step = size > 1 ? 2 * Math.PI / (size - 1) : 0;
        for (int n = 0; n < size; n++) {
            double hann = 0.5 - 0.5 * Math.cos(step * n);
            w[n] = switch (this) {
                case POVEY -> Math.pow(hann, 0.85);
                case HAMMING -> 0.54 - 0.46 * Math.cos(step * n);
                case HANNING -> hann;
                case RECTANGULAR -> 1.0;
            };
        }
        return w;
    }
}
