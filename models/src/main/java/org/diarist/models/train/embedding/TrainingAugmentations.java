package org.diarist.models.train.embedding;

import org.diarist.models.augment.Gain;
import org.diarist.models.augment.Noise;
import org.diarist.models.augment.Reverb;
import org.diarist.models.augment.TelephoneBand;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The recipe's corruption of training crops, after WeSpeaker's: with probability 0.6 one of white or pink noise,
 * babble made of other training voices, room reverberation or telephone band-limiting; then a random gain.
 */
public final class TrainingAugmentations {

    private static final double CORRUPT_PROBABILITY = 0.6;
    private static final int SAMPLE_RATE = 16000;

    private TrainingAugmentations() {
    }

    public static CropAugmentation standard(TrainingAudio audio) {
        return (crop, random) -> {
            float[] out = crop;
            if (random.nextDouble() < CORRUPT_PROBABILITY) {
                switch (random.nextInt(5)) {
                    case 0 -> out = Noise.addAtSnr(out, Noise.white(out.length, random), uniform(random, 5, 20));
                    case 1 -> out = Noise.addAtSnr(out, Noise.pink(out.length, random), uniform(random, 5, 20));
                    case 2 -> out = Noise.addAtSnr(out, Noise.babble(voices(audio, out.length, random), out.length, random),
                        uniform(random, 13, 20));
                    case 3 -> out = Reverb.apply(out, uniform(random, 0.2, 0.8), SAMPLE_RATE, random);
                    default -> out = TelephoneBand.apply(out, SAMPLE_RATE);
                }
            }
            return Gain.random(out, -6, 6, random);
        };
    }

    /** Random stretches of other training clips as babble voices. */
    private static List<float[]> voices(TrainingAudio audio, int length, Random random) {
        List<float[]> voices = new ArrayList<>();
        for (int i = 0; i < Noise.BABBLE_VOICES; i++) {
            int clip = audio.clipAtSample((long) (random.nextDouble() * audio.totalSamples()));
            float[] voice = new float[length];
            audio.copy(clip, random.nextInt(audio.length(clip)), voice, 0, length);
            voices.add(voice);
        }
        return voices;
    }

    private static double uniform(Random random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }
}
