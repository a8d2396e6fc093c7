package org.diarist.engine.audio;

import org.diarist.engine.audio.TestWav.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.diarist.engine.audio.Sines.amplitude;
import static org.diarist.engine.audio.Sines.interleave;
import static org.diarist.engine.audio.Sines.sine;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WavDecodingTest {

    @TempDir
    Path dir;

    private static final int FRAMES = 1601; // odd, and not a multiple of any block size

    @ParameterizedTest
    @EnumSource(Sample.class)
    void monoSamplesComeBackExactly(Sample format) {
        double[] x = sine(440, 16000, FRAMES, 0.7, 0.2);
        x[3] = 1.0;   // clips to the largest integer code
        x[4] = -1.0;  // the most negative code, exactly -1
        Path file = TestWav.of(format, 16000, 1).write(dir.resolve("mono.wav"), x);

        float[] decoded = Audio.load(file);
        assertEquals(FRAMES, decoded.length);
        for (int n = 0; n < FRAMES; n++) {
            assertEquals(TestWav.quantize(format, x[n]), decoded[n], 0f, "sample " + n);
        }
        AudioInfo info = Audio.probe(file);
        assertEquals("wav", info.format());
        assertEquals(16000, info.sampleRate());
        assertEquals(1, info.channels());
        assertEquals(FRAMES, info.frames());
        assertEquals(FRAMES / 16000.0, info.durationSeconds(), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void channelsAreAveraged(Sample format) {
        double[] left = sine(440, 16000, FRAMES, 0.5, 0);
        double[] right = sine(1000, 16000, FRAMES, 0.25, 1);
        double[] third = sine(3000, 16000, FRAMES, 0.125, 2);
        Path stereo = TestWav.of(format, 16000, 2).write(dir.resolve("stereo.wav"), interleave(left, right));
        Path three = TestWav.of(format, 16000, 3).extensible()
            .write(dir.resolve("three.wav"), interleave(left, right, third));

        float[] mixed2 = Audio.load(stereo);
        float[] mixed3 = Audio.load(three);
        assertEquals(FRAMES, mixed2.length);
        assertEquals(FRAMES, mixed3.length);
        for (int n = 0; n < FRAMES; n++) {
            float l = TestWav.quantize(format, left[n]);
            float r = TestWav.quantize(format, right[n]);
            float t = TestWav.quantize(format, third[n]);
            assertEquals((l + r) / 2, mixed2[n], 1e-7f);
            assertEquals((l + r + t) / 3, mixed3[n], 1e-7f);
        }
        assertEquals(2, Audio.probe(stereo).channels());
        assertEquals(3, Audio.probe(three).channels());
    }

    @Test
    void codecNamesFollowFfmpeg() {
        double[] x = sine(440, 8000, 100, 0.5, 0);
        assertEquals("pcm_u8", codec(Sample.U8, x));
        assertEquals("pcm_s16le", codec(Sample.S16, x));
        assertEquals("pcm_s24le", codec(Sample.S24, x));
        assertEquals("pcm_s32le", codec(Sample.S32, x));
        assertEquals("pcm_f32le", codec(Sample.F32, x));
        assertEquals("pcm_f64le", codec(Sample.F64, x));
    }

    private String codec(Sample format, double[] x) {
        return Audio.probe(TestWav.of(format, 8000, 1).write(dir.resolve(format + ".wav"), x)).codec();
    }

    @Test
    void handWrittenBytesDecodeToTheDocumentedScale() {
        // Boundary codes written byte by byte, independent of TestWav's quantiser.
        assertArrayEquals(new float[] {-1f, 0f, 127 / 128f},
            Audio.load(TestWav.of(Sample.U8, 16000, 1).writeBytes(dir.resolve("u8.wav"),
                bytes(0x00, 0x80, 0xFF))), 0f);
        assertArrayEquals(new float[] {-1f, 0f, 32767 / 32768f, -1 / 32768f},
            Audio.load(TestWav.of(Sample.S16, 16000, 1).writeBytes(dir.resolve("s16.wav"),
                bytes(0x00, 0x80, 0x00, 0x00, 0xFF, 0x7F, 0xFF, 0xFF))), 0f);
        assertArrayEquals(new float[] {-1f, 8388607 / 8388608f, -1 / 8388608f, 0.5f},
            Audio.load(TestWav.of(Sample.S24, 16000, 1).writeBytes(dir.resolve("s24.wav"),
                bytes(0x00, 0x00, 0x80, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x40))), 0f);
        assertArrayEquals(new float[] {-1f, 0.5f},
            Audio.load(TestWav.of(Sample.S32, 16000, 1).writeBytes(dir.resolve("s32.wav"),
                bytes(0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x40))), 0f);
        assertArrayEquals(new float[] {1.5f, -0.25f}, // floats are passed on as they are, even beyond 1
            Audio.load(TestWav.of(Sample.F32, 16000, 1).writeBytes(dir.resolve("f32.wav"),
                bytes(0x00, 0x00, 0xC0, 0x3F, 0x00, 0x00, 0x80, 0xBE))), 0f);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void unknownAndOddSizedChunksAreSkipped() {
        double[] x = sine(440, 16000, FRAMES, 0.5, 0);
        Path file = TestWav.of(Sample.S16, 16000, 1)
            .chunkBeforeFormat("JUNK", 28)
            .chunkBeforeData("LIST", 5)   // odd: followed by a pad byte
            .chunkBeforeData("fact", 4)
            .chunkAfterData("id3 ", 7)
            .write(dir.resolve("chunks.wav"), x);
        float[] decoded = Audio.load(file);
        assertEquals(FRAMES, decoded.length);
        assertEquals(TestWav.quantize(Sample.S16, x[100]), decoded[100], 0f);
    }

    @Test
    void oddSizedDataChunkIsPaddedAndReadToTheLastWholeFrame() {
        double[] x = sine(440, 16000, 11, 0.5, 0);
        Path file = TestWav.of(Sample.S24, 16000, 1).chunkAfterData("LIST", 4).write(dir.resolve("odd.wav"), x);
        assertEquals(11, Audio.load(file).length); // 33 data bytes, then a pad byte, then LIST
    }

    @Test
    void streamedWavsRunToTheEndOfTheFile() {
        double[] x = sine(440, 16000, FRAMES, 0.5, 0);
        Path unset = TestWav.of(Sample.S16, 16000, 2).streamedSizes()
            .write(dir.resolve("unset.wav"), interleave(x, x));
        Path zero = TestWav.of(Sample.F32, 16000, 1).zeroSizes().write(dir.resolve("zero.wav"), x);
        assertEquals(FRAMES, Audio.probe(unset).frames());
        assertEquals(FRAMES, Audio.load(unset).length);
        assertEquals(FRAMES, Audio.load(zero).length);
    }

    @Test
    void truncatedDataIsReadAsFarAsItGoes() {
        double[] x = sine(440, 16000, FRAMES, 0.5, 0);
        Path file = TestWav.of(Sample.S16, 16000, 1).declaredDataBytes(100_000).write(dir.resolve("cut.wav"), x);
        assertEquals(FRAMES, Audio.load(file).length);
    }

    @Test
    void rf64IsRead() {
        double[] x = sine(440, 16000, FRAMES, 0.5, 0);
        Path file = TestWav.of(Sample.S24, 16000, 1).rf64().write(dir.resolve("rf64.wav"), x);
        AudioInfo info = Audio.probe(file);
        assertEquals(FRAMES, info.frames());
        assertEquals(TestWav.quantize(Sample.S24, x[7]), Audio.load(file)[7], 0f);
    }

    @Test
    void anyRateIsConvertedToSixteenKilohertz() {
        int rate = 44100;
        double[] left = sine(440, rate, rate, 0.5, 0);
        double[] right = sine(440, rate, rate, 0.3, 0);
        Path file = TestWav.of(Sample.S16, rate, 2).write(dir.resolve("cd.wav"), interleave(left, right));
        float[] decoded = Audio.load(file);
        assertEquals(16000, decoded.length);
        assertEquals(0.4, amplitude(decoded, 200, 15800, 440, 16000), 0.4 * 0.012); // 0.1 dB
        assertEquals(8000, Audio.load(file, 8000).length);
    }

    @Test
    void convertedLengthIsExact() {
        // 44,101 frames at 44.1 kHz are 16,000.36 samples' worth at 16 kHz: 16,001 samples, as info predicts.
        Path file = TestWav.of(Sample.S16, 44100, 1).write(dir.resolve("len.wav"), new double[44101]);
        assertEquals(16001, Audio.probe(file).framesAt(16000));
        assertEquals(16001, Audio.load(file).length);
        assertEquals(8001, Audio.load(file, 8000).length);
        assertEquals(44101, Audio.load(file, 44100).length);
    }

    @Test
    void blocksOfAnySizeGiveTheWholeSignal() {
        int rate = 22050;
        Path file = TestWav.of(Sample.F32, rate, 2)
            .write(dir.resolve("blocks.wav"), interleave(sine(300, rate, 30000, 0.5, 0), sine(2000, rate, 30000, 0.5, 0)));
        float[] whole = Audio.load(file);
        float[] streamed = new float[whole.length];
        try (AudioSource source = Audio.open(file)) {
            assertEquals(16000, source.sampleRate());
            assertEquals(rate, source.info().sampleRate());
            int at = 0;
            int[] blocks = {1, 7, 512, 4096, 33, 16000};
            for (int i = 0; ; i++) {
                int n = source.read(streamed, at, Math.min(blocks[i % blocks.length], streamed.length - at));
                if (n <= 0) {
                    break;
                }
                at += n;
            }
            assertEquals(whole.length, at);
            assertEquals(-1, source.read(new float[10]));
        }
        assertArrayEquals(whole, streamed);
    }

    @Test
    void readAfterCloseFailsAndCloseTwiceIsHarmless() {
        Path file = TestWav.of(Sample.S16, 16000, 1).write(dir.resolve("c.wav"), new double[100]);
        AudioSource source = Audio.open(file);
        source.close();
        source.close();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> source.read(new float[4]));
    }
}
