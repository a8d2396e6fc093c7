package org.diarist.engine.audio;

import org.diarist.engine.SharedData;
import org.diarist.engine.audio.TestWav.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.diarist.engine.audio.Sines.amplitude;
import static org.diarist.engine.audio.Sines.decibels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compressed formats through FFmpeg. Every fixture holds 0.5 s of a 440 Hz tone on the left and 1000 Hz on the right,
 * each of amplitude 1/8, so the 16 kHz mono mix must hold both tones at 1/16.
 */
class FfmpegDecodingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file,      format, codec,  rate,  channels, amplitude tolerance in dB
        "tone.flac,   flac,   flac,   22050, 2, 0.1",
        "tone.mp3,    mp3,    mp3,    44100, 2, 1.0",
        "tone.opus,   ogg,    opus,   48000, 2, 1.0",
        "tone.ogg,    ogg,    vorbis, 22050, 2, 1.0",
        "tone.m4a,    m4a,    aac,    32000, 2, 1.0",
        "video.mp4,   mp4,    aac,    44100, 2, 1.0",
    })
    void decodesToSixteenKilohertzMono(String name, String format, String codec, int rate, int channels,
                                       double toleranceDb) {
        Path file = AudioFixtures.copy(name, dir);
        AudioInfo info = Audio.probe(file);
        assertEquals(format, info.format());
        assertEquals(codec, info.codec());
        assertEquals(rate, info.sampleRate());
        assertEquals(channels, info.channels());
        assertEquals(0.5, info.durationSeconds(), 0.06, "header duration");

        float[] samples = Audio.load(file);
        assertEquals(8000, samples.length, 0.03 * 16000, "decoded length");
        int from = 1600;
        int to = 6400;
        assertEquals(0, decibels(amplitude(samples, from, to, 440, 16000) / (1 / 16.0)), toleranceDb, "440 Hz");
        assertEquals(0, decibels(amplitude(samples, from, to, 1000, 16000) / (1 / 16.0)), toleranceDb, "1000 Hz");
        assertTrue(amplitude(samples, from, to, 2000, 16000) < 1e-3, "no energy where no tone is");
    }

    @Test
    void losslessFlacGivesExactlyWhatTheSameSamplesInAWavGive() {
        Path flac = AudioFixtures.copy("tone.flac", dir);
        // Decoded at its own rate (no conversion), the FLAC's samples are 16-bit codes: write them to a WAV.
        float[] native22k = Audio.load(flac, 22050);
        assertEquals(11025, native22k.length);
        double[] asDouble = new double[native22k.length];
        for (int i = 0; i < asDouble.length; i++) {
            asDouble[i] = native22k[i];
        }
        Path wav = TestWav.of(Sample.F32, 22050, 1).write(dir.resolve("same.wav"), asDouble);
        assertArrayEquals(Audio.load(wav), Audio.load(flac), "WAV and FFmpeg paths must agree at 16 kHz");
    }

    @Test
    void streamingEqualsWholeForCompressedInput() {
        Path file = AudioFixtures.copy("tone.opus", dir);
        float[] whole = Audio.load(file);
        float[] streamed = new float[whole.length];
        int at = 0;
        try (AudioSource source = Audio.open(file)) {
            for (int n; (n = source.read(streamed, at, Math.min(333, streamed.length - at))) > 0; ) {
                at += n;
            }
        }
        assertEquals(whole.length, at);
        assertArrayEquals(whole, streamed);
    }

    @Test
    void aRecordingCutShortDecodesAsFarAsItGoes() throws java.io.IOException {
        byte[] flac = java.nio.file.Files.readAllBytes(AudioFixtures.copy("tone.flac", dir));
        // The fixture starts with 8 KB of metadata padding; the samples are in the last 6.6 KB.
        Path cut = java.nio.file.Files.write(dir.resolve("cut.flac"), java.util.Arrays.copyOf(flac, flac.length - 3000));
        float[] samples = Audio.load(cut);
        assertTrue(samples.length > 1000 && samples.length < 8000, "decoded " + samples.length);
        assertEquals(0, decibels(amplitude(samples, 500, samples.length - 500, 440, 16000) / (1 / 16.0)), 0.1);
    }

    @Test
    void compressedWavCodecsGoThroughFfmpeg() {
        // G.711 mu-law (format tag 7): 0xFF is zero, 0x80 is +32124, 0x00 is -32124 (as 16-bit codes).
        Path file = TestWav.of(Sample.U8, 16000, 1).formatTag(7)
            .writeBytes(dir.resolve("mulaw.wav"), new byte[] {(byte) 0xFF, (byte) 0x80, 0x00, (byte) 0xFF});
        AudioInfo info = Audio.probe(file);
        assertEquals("pcm_mulaw", info.codec());
        assertEquals(4, info.frames());
        assertArrayEquals(new float[] {0f, 32124 / 32768f, -32124 / 32768f, 0f}, Audio.load(file), 0f);
    }

    @Test
    void sharedAmiSampleLastsThirtySeconds() {
        Path file = SharedData.require("data/ami/sample.flac");
        AudioInfo info = Audio.probe(file);
        assertEquals("flac", info.codec());
        assertEquals(30.0, info.durationSeconds(), 0.01);
        float[] samples = Audio.load(file);
        assertEquals(info.framesAt(16000), samples.length);
    }
}
