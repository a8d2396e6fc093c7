package org.diarist.models.train.segmentation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoded training speech kept as 16-bit PCM in one file, so that a resumed training run does not decode
 * hours of Opus again (decoding and resampling cost minutes on a busy 2-core machine).
 */
final class DecodedSpeechCache {

    private static final int MAGIC = 0x44535043; // "DSPC"

    private DecodedSpeechCache() {
    }

    static void write(List<List<Utterance>> speakers, Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 20))) {
            out.writeInt(MAGIC);
            out.writeInt(speakers.size());
            for (List<Utterance> utterances : speakers) {
                out.writeUTF(utterances.get(0).speaker());
                out.writeInt(utterances.size());
                for (Utterance utterance : utterances) {
                    float[] audio = utterance.audio();
                    out.writeInt(audio.length);
                    for (float sample : audio) {
                        out.writeShort((short) Math.max(-32768, Math.min(32767, Math.round(sample * 32767f))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static List<List<Utterance>> read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a decoded-speech cache");
            }
            int speakerCount = in.readInt();
            List<List<Utterance>> speakers = new ArrayList<>(speakerCount);
            for (int s = 0; s < speakerCount; s++) {
                String speaker = in.readUTF();
                int count = in.readInt();
                List<Utterance> utterances = new ArrayList<>(count);
                for (int u = 0; u < count; u++) {
                    float[] audio = new float[in.readInt()];
                    for (int i = 0; i < audio.length; i++) {
                        audio[i] = in.readShort() / 32767f;
                    }
                    utterances.add(Utterance.of(speaker, audio));
                }
                speakers.add(utterances);
            }
            return speakers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
