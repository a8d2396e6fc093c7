package org.diarist.models.train.segmentation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealOverlayTest {

    private static final SegmentationNetworkConfig NETWORK = SegmentationNetworkConfig.defaults();
    private static final int RATE = 16000;

    private static float[] tone(double seconds, double hertz, double amplitude) {
        float[] audio = new float[(int) (seconds * RATE)];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (float) (amplitude * Math.sin(2 * Math.PI * hertz * i / RATE));
        }
        return audio;
    }

    /** Recording 0 has speakers a and b; recording 1 is a alone (a 400 Hz voice); recording 2 is c (1 kHz). */
    private static List<RealWindowSource> recordings() {
        float[] meeting = tone(12, 200, 0.1);
        return List.of(
            new RealWindowSource(meeting,
                Annotation.builder("m0").add(0, 6, "a").add(5, 12, "b").build()),
            new RealWindowSource(tone(12, 400, 0.1), Annotation.builder("m1").add(0, 12, "a").build()),
            new RealWindowSource(tone(12, 1000, 0.1), Annotation.builder("m2").add(0, 12, "c").build()));
    }

    @Test
    void laysAnotherRecordingsVoiceOverTheWindowAsANewLocalSpeaker() {
        List<RealWindowSource> recordings = recordings();
        RealOverlay overlay = new RealOverlay(recordings);
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 20; n++) {
            TrainingChunk window = recordings.get(0).window(random, NETWORK);
            TrainingChunk mixed = overlay.layOver(window, 0, random, NETWORK);

            float[] added = new float[window.audio().length];
            for (int i = 0; i < added.length; i++) {
                added[i] = mixed.audio()[i] - window.audio()[i];
            }
            // Recording 1 shares speaker a with recording 0, so only c's 1 kHz voice may be laid over.
            assertTrue(power(added, 1000) > 100 * power(added, 400), "the added voice is not recording 2's");
            double seconds = 0;
            for (int f = 0; f < window.frameSpeakerMasks().length; f++) {
                int before = window.frameSpeakerMasks()[f];
                int after = mixed.frameSpeakerMasks()[f];
                assertEquals(before, after & 0b011, "existing labels must be kept");
                seconds += (after & 0b100) != 0 ? NETWORK.frameStepSamples() / (double) RATE : 0;
            }
            assertTrue(seconds >= 0.25 && seconds <= 2.6, "new speaker for " + seconds + " s");
            double gainDb = 20 * Math.log10(rms(nonZero(added)) / rms(window.audio()));
            assertTrue(gainDb > -10.5 && gainDb < 2.5, "relative level " + gainDb + " dB");
        }
    }

    @Test
    void leavesAWindowAloneWhenNoOtherRecordingQualifies() {
        List<RealWindowSource> recordings = recordings().subList(0, 2);
        RealOverlay overlay = new RealOverlay(recordings);
        SplittableRandom random = new SplittableRandom(3);
        TrainingChunk window = recordings.get(1).window(random, NETWORK);
        TrainingChunk same = overlay.layOver(window, 1, random, NETWORK);
        assertArrayEquals(window.audio(), same.audio());
        assertArrayEquals(window.frameSpeakerMasks(), same.frameSpeakerMasks());
    }

    @Test
    void neverGivesTheNewcomerTheBitOfASpeakerAlreadyThere() {
        List<RealWindowSource> recordings = recordings();
        RealOverlay overlay = new RealOverlay(recordings);
        // Local speakers 0 and 2 in the frames (speaker 1 spoke too briefly to reach a frame centre): a newcomer
        // would be the fourth local speaker, one more than the network has.
        int[] masks = new int[589];
        java.util.Arrays.fill(masks, 0, 300, 0b001);
        java.util.Arrays.fill(masks, 300, 589, 0b100);
        TrainingChunk window = new TrainingChunk(new float[NETWORK.windowSamples()], masks);
        TrainingChunk same = overlay.layOver(window, 0, new SplittableRandom(1), NETWORK);
        assertArrayEquals(masks, same.frameSpeakerMasks());
    }

    /** Power of the signal at one frequency (a single DFT bin). */
    private static double power(float[] audio, double hertz) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < audio.length; i++) {
            re += audio[i] * Math.cos(2 * Math.PI * hertz * i / RATE);
            im += audio[i] * Math.sin(2 * Math.PI * hertz * i / RATE);
        }
        return re * re + im * im;
    }

    private static float[] nonZero(float[] audio) {
        int from = 0;
        while (from < audio.length && audio[from] == 0) {
            from++;
        }
        int to = audio.length;
        while (to > from && audio[to - 1] == 0) {
            to--;
        }
        return java.util.Arrays.copyOfRange(audio, from, to);
    }

    private static double rms(float[] audio) {
        double sum = 0;
        for (float v : audio) {
            sum += v * v;
        }
        return Math.sqrt(sum / audio.length);
    }
}
