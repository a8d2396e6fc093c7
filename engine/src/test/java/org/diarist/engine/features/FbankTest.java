package org.diarist.engine.features;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.Npy;
import org.diarist.engine.TestAudio;
import org.diarist.engine.audio.WindowSpan;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.Tensors;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parity with torchaudio.compliance.kaldi.fbank; references from src/test/python/make_fbank_reference.py. */
class FbankTest {

    private static final double TOLERANCE = 1e-3;

    @Test
    void matchesTorchaudioWithKaldiDefaults() {
        float[] speech = TestAudio.samples(TestAudio.SPEECH);
        try (Fbank fbank = new Fbank(FbankConfig.defaults(), ComputeDevice.CPU)) {
            float[][][] features = fbank.extract(new float[][] {speech});
            assertClose(Npy.resource("/features/fbank-povey.npy"), features);
        }
    }

    @Test
    void matchesWespeakerFeaturesWithMeanNormalisation() {
        float[] speech = TestAudio.samples(TestAudio.SPEECH);
        try (Fbank fbank = new Fbank(FbankConfig.wespeaker(), ComputeDevice.CPU)) {
            assertClose(Npy.resource("/features/fbank-wespeaker.npy"), fbank.extract(new float[][] {speech}));
        }
    }

    @Test
    void batchOfSegmentsMatchesEachSegmentAlone() {
        float[] speech = TestAudio.samples(TestAudio.SPEECH);
        float[][] crops = {
            Arrays.copyOfRange(speech, 0, 16000),
            Arrays.copyOfRange(speech, 24000, 40000),
            Arrays.copyOfRange(speech, 48000, 64000),
        };
        try (Fbank fbank = new Fbank()) {
            assertClose(Npy.resource("/features/fbank-povey-batch.npy"), fbank.extract(crops));
        }
    }

    @Test
    void overlappingWindowsOfASpanEqualEachWindowAlone() {
        float[] speech = TestAudio.samples(TestAudio.SPEECH);
        // 5 windows of 1 s every 0.5 s, the last half zero-padded as the sliding inference pads it.
        float[] samples = new float[16000 + 4 * 8000];
        System.arraycopy(speech, 0, samples, 0, 40000);
        WindowSpan span = new WindowSpan(samples, 16000, 8000, 5);
        for (FbankConfig config : new FbankConfig[] {FbankConfig.defaults(), FbankConfig.wespeaker()}) {
            try (PointerScope ignored = new PointerScope(); Fbank fbank = new Fbank(config, ComputeDevice.CPU)) {
                float[][][] alone = fbank.extract(span.windows());
                float[][][] shared = Tensors.toArray3d(fbank.extract(span));
                assertEquals(alone.length, shared.length);
                for (int w = 0; w < alone.length; w++) {
                    for (int t = 0; t < alone[w].length; t++) {
                        assertArrayEquals(alone[w][t], shared[w][t], 1e-4f, "window " + w + " frame " + t);
                    }
                }
            }
        }
    }

    @Test
    void tensorInputGivesFramesByBins() {
        try (PointerScope ignored = new PointerScope(); Fbank fbank = new Fbank()) {
            Tensor waveforms = Tensors.fromRows(new float[2][16000]);
            Tensor features = fbank.extract(waveforms);
            assertArrayEquals(new long[] {2, 98, 80}, Tensors.shape(features));
            assertEquals(98, fbank.frameCount(16000));
            assertEquals(0, fbank.frameCount(399));
            assertEquals(1, fbank.frameCount(400));
        }
    }

    @Test
    void tooShortSegmentsGiveNoFrames() {
        try (Fbank fbank = new Fbank()) {
            float[][][] features = fbank.extract(new float[][] {new float[100]});
            assertEquals(1, features.length);
            assertEquals(0, features[0].length);
        }
    }

    @Test
    void unequalLengthsAreRefused() {
        try (Fbank fbank = new Fbank()) {
            assertThrows(IllegalArgumentException.class, () -> fbank.extract(new float[][] {new float[500], new float[600]}));
        }
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseFails() {
        Fbank fbank = new Fbank();
        fbank.close();
        assertDoesNotThrow(fbank::close);
        assertThrows(IllegalStateException.class, () -> fbank.extract(new float[][] {new float[1000]}));
    }

    @Test
    void configValidatesAndDerivesFrameGeometry() {
        FbankConfig config = FbankConfig.defaults();
        assertEquals(400, config.frameLength());
        assertEquals(160, config.frameShift());
        assertEquals(512, config.fftSize());
        assertEquals(8000.0, config.effectiveHighFrequency());
        assertThrows(IllegalArgumentException.class, () -> FbankConfig.builder().melBins(3).build());
        assertThrows(IllegalArgumentException.class, () -> FbankConfig.builder().lowFrequency(9000).build());
        assertThrows(IllegalArgumentException.class, () -> FbankConfig.builder().waveformScale(0).build());
    }

    private static void assertClose(Npy expected, float[][][] actual) {
        long[] shape = {actual.length, actual[0].length, actual[0][0].length};
        long[] expectedShape = expected.shape().length == 2
            ? new long[] {1, expected.shape()[0], expected.shape()[1]} : expected.shape();
        assertArrayEquals(expectedShape, shape);
        double worst = 0;
        int i = 0;
        for (float[][] segment : actual) {
            for (float[] frame : segment) {
                for (float value : frame) {
                    worst = Math.max(worst, Math.abs(value - expected.values()[i++]));
                }
            }
        }
        System.out.printf("fbank parity: max abs difference %.3g over %d values%n", worst, i);
        assertTrue(worst <= TOLERANCE, "max abs difference " + worst + " > " + TOLERANCE);
    }
}
