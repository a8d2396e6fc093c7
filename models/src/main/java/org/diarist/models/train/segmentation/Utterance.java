package org.diarist.models.train.segmentation;

/** A decoded single-speaker recording at 16 kHz, RMS-normalised, with its 10 ms speech mask. */
public record Utterance(String speaker, float[] audio, boolean[] speech) {

    static Utterance of(String speaker, float[] audio) {
        boolean[] speech = SpeechActivity.frames(audio);
        double sum = 0;
        int count = 0;
        for (int f = 0; f < speech.length; f++) {
            if (speech[f]) {
                for (int i = f * SpeechActivity.frameSamples(); i < (f + 1) * SpeechActivity.frameSamples(); i++) {
                    sum += audio[i] * audio[i];
                }
                count += SpeechActivity.frameSamples();
            }
        }
        float gain = count == 0 ? 1f : (float) (0.05 / Math.sqrt(sum / count + 1e-12));
        float[] normalised = new float[audio.length];
        for (int i = 0; i < audio.length; i++) {
            normalised[i] = audio[i] * gain;
        }
        return new Utterance(speaker, normalised, speech);
    }

    boolean isSpeech(int sample) {
        int frame = sample / SpeechActivity.frameSamples();
        return frame < speech.length && speech[frame];
    }
}
