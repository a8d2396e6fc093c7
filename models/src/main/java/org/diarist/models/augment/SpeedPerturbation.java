package org.diarist.models.augment;

import org.diarist.engine.audio.Resampler;

/**
 * Speed perturbation as in Kaldi recipes: the audio played {@code factor} times faster, pitch and tempo together,
 * by band-limited resampling (samples taken as if recorded at {@code rate * factor}, converted back to
 * {@code rate}). The length changes by {@code 1 / factor}; trainers treat 0.9 and 1.1 versions of a speaker as new
 * speakers, since the voice's pitch moves too.
 */
public final class SpeedPerturbation {

    private SpeedPerturbation() {
    }

    public static float[] apply(float[] x, int sampleRate, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("speed factor must be positive: " + factor);
        }
        int asIfRecordedAt = (int) Math.round(sampleRate * factor);
        return Resampler.resample(x, asIfRecordedAt, sampleRate);
    }
}
