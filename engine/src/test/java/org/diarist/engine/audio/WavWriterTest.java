package org.diarist.engine.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WavWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatTheReaderReadsBackToWithinOneQuantisationStep() throws Exception {
        float[] samples = new float[20000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.8 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
        }
        samples[5] = 1.7f;
        samples[6] = -3f;
        Path file = dir.resolve("x.wav");
        WavWriter.writePcm16(file, samples, 16000);

        AudioInfo info = Audio.probe(file);
        assertEquals(16000, info.sampleRate());
        assertEquals(1, info.channels());
        assertEquals(samples.length, info.frames());
        float[] back = Audio.load(file);
        samples[5] = 1f;
        samples[6] = -1f;
        assertArrayEquals(samples, back, 1.5f / 32767);
    }
}
