package org.diarist.engine;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Committed test recordings. {@link #SPEECH} is 4 s of real two-speaker speech cut from the AMI meeting corpus
 * (CC BY 4.0; see src/test/resources/speech/README.md), 16 kHz mono 16-bit, the input of the fbank and VAD
 * reference scripts.
 */
public final class TestAudio {

    public static final String SPEECH = "/speech/ami-sample-5.5s-4s.wav";

    private TestAudio() {
    }

    /** Copies a resource into {@code dir} as a file of the same name, for code that reads files. */
    public static Path copy(String resource, Path dir) {
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = TestAudio.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + resource, e);
        }
    }

    /** A 16-bit mono WAV resource as floats in [-1, 1) (sample / 32768, as torchaudio loads it). */
    public static float[] samples(String resource) {
        try (InputStream raw = TestAudio.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
                AudioFormat format = in.getFormat();
                if (format.getChannels() != 1 || format.getSampleSizeInBits() != 16 || format.isBigEndian()) {
                    throw new IllegalArgumentException(resource + ": expected mono 16-bit little-endian, got " + format);
                }
                byte[] bytes = in.readAllBytes();
                float[] samples = new float[bytes.length / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768f;
                }
                return samples;
            }
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
