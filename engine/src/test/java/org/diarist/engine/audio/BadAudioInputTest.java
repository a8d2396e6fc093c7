package org.diarist.engine.audio;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.audio.TestWav.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad file gives one {@link InvalidInputException} line naming the file and the reason. */
class BadAudioInputTest {

    @TempDir
    Path dir;

    /** Asserts that probe, open and load all fail with a one-line message "FILE: ...reason...". */
    private static void assertRejected(Path file, String reason) {
        for (Runnable attempt : new Runnable[] {
            () -> Audio.probe(file), () -> Audio.open(file).close(), () -> Audio.load(file)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, attempt::run);
            String message = e.getMessage();
            assertTrue(message.startsWith(file + ": "), message);
            assertTrue(message.contains(reason), "expected '" + reason + "' in: " + message);
            assertFalse(message.contains("\n"), message);
        }
    }

    @Test
    void missingFile() {
        assertRejected(dir.resolve("nothing.wav"), "no such file");
    }

    @Test
    void directory() {
        assertRejected(dir, "is a directory");
    }

    @Test
    void emptyFile() throws IOException {
        assertRejected(Files.createFile(dir.resolve("empty.wav")), "empty file");
    }

    @Test
    void truncatedWavHeader() throws IOException {
        Path whole = TestWav.of(Sample.S16, 16000, 1).write(dir.resolve("whole.wav"), new double[100]);
        byte[] bytes = Files.readAllBytes(whole);
        for (int length : new int[] {12, 20, 30, 40}) { // after WAVE, inside fmt, inside fmt, before data
            Path cut = Files.write(dir.resolve("cut" + length + ".wav"), Arrays.copyOf(bytes, length));
            assertRejected(cut, "truncated WAV header");
        }
    }

    @Test
    void truncatedFlacHeader() throws IOException {
        byte[] bytes = Files.readAllBytes(AudioFixtures.copy("tone.flac", dir));
        assertRejected(Files.write(dir.resolve("cut.flac"), Arrays.copyOf(bytes, 30)), "");
    }

    @Test
    void flacCutInsideItsMetadata() throws IOException {
        byte[] bytes = Files.readAllBytes(AudioFixtures.copy("tone.flac", dir));
        assertRejected(Files.write(dir.resolve("half.flac"), Arrays.copyOf(bytes, 4000)), "truncated");
    }

    @Test
    void textIsNotAudio() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.wav"), "These are meeting notes, not a recording.\n",
            StandardCharsets.UTF_8);
        assertRejected(text, "not a recognised audio or video format");
    }

    @Test
    void randomBytesAreNotAudio() throws IOException {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        assertRejected(Files.write(dir.resolve("noise.mp3"), noise), "");
    }

    @Test
    void wavWithNoSamples() {
        assertRejected(TestWav.of(Sample.S16, 16000, 1).write(dir.resolve("silence.wav"), new double[0]),
            "contains no audio samples");
    }

    @Test
    void wavWithLessThanOneFrame() {
        // 3 bytes of data in a 16-bit stereo file: not even one frame.
        assertRejected(TestWav.of(Sample.S16, 16000, 2).writeBytes(dir.resolve("tiny.wav"), new byte[3]),
            "contains no audio samples");
    }

    @Test
    void flacWithNoSamples() {
        assertRejected(AudioFixtures.copy("empty.flac", dir), "contains no audio samples");
    }

    @Test
    void videoWithoutAudio() {
        assertRejected(AudioFixtures.copy("silent-video.mp4", dir), "no audio stream");
    }

    @Test
    void unsupportedCodec() {
        Path file = TestWav.of(Sample.S16, 16000, 1).formatTag(0x1234)
            .writeBytes(dir.resolve("strange.wav"), new byte[200]);
        assertRejected(file, "unsupported codec (unknown codec tag 0x1234)");
    }

    @Test
    void malformedFormatChunks() {
        assertRejected(TestWav.of(Sample.S16, 16000, 0).write(dir.resolve("nochannels.wav"), new double[0]),
            "0 channels");
        assertRejected(TestWav.of(Sample.S16, 0, 1).write(dir.resolve("norate.wav"), new double[10]),
            "sample rate 0");
    }

    @Test
    void absurdSampleRateIsDescribedButNotDecoded() {
        Path file = TestWav.of(Sample.S16, 5_000_000, 1).write(dir.resolve("fast.wav"), new double[100]);
        assertEquals(5_000_000, Audio.probe(file).sampleRate());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Audio.load(file));
        assertTrue(e.getMessage().startsWith(file + ": unsupported sample rate 5000000 Hz"), e.getMessage());
    }
}
