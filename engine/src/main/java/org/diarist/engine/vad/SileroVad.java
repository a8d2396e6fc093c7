package org.diarist.engine.vad;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.audio.AudioSource;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.ModelContract;
import org.diarist.engine.torch.ShapeSpec;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchScriptModule;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Silero VAD v6.2 (MIT, snakers4/silero-vad) from its TorchScript archive: at 16 kHz the model takes 512 new
 * samples per call, prepends the last 64 samples of the previous call as context and carries an LSTM state, and
 * returns the speech probability of those 32 ms. The script keeps context and state inside the module between
 * calls of {@code forward(x, sr)}; {@code reset_states()} starts a new stream. Fed as Silero's own
 * {@code get_speech_timestamps} feeds it (reset, then consecutive chunks, the last one zero-padded), its
 * probabilities match Python's.
 *
 * <p>To keep JNI round trips out of the per-frame loop, a small TorchScript method compiled into the loaded
 * module runs {@code forward} over a block of many chunks in one call; the recurrence stays sequential inside
 * libtorch. One detector serves one stream at a time (calls are synchronized).
 */
public final class SileroVad implements VoiceActivityDetector {

    public static final int SAMPLE_RATE = 16000;
    /** New samples per model call (32 ms). */
    public static final int CHUNK = 512;
    /** Chunks per libtorch call when streaming: about 10 s of audio. */
    static final int CHUNKS_PER_BLOCK = 312;

    private static final String BLOCK_METHOD = "diarist_forward_chunks";
    private static final String BLOCK_SOURCE = """
        def diarist_forward_chunks(self, x: Tensor, sr: int, chunk: int) -> Tensor:
            probabilities: List[Tensor] = []
            for i in range(x.size(1) // chunk):
                probabilities.append(self.forward(x[:, i * chunk:(i + 1) * chunk], sr))
            return torch.cat(probabilities, 1)
        """;

    private final TorchScriptModule module;

    private SileroVad(TorchScriptModule module) {
        this.module = module;
    }

    /**
     * Loads the archive and checks that {@code forward([1, 512], 16000)} gives one probability; a file that does
     * not is an {@link InvalidInputException} naming it.
     */
    public static SileroVad load(Path file, ComputeDevice device) {
        ModelContract contract = new ModelContract(
            List.of(ShapeSpec.of("B", CHUNK), (long) SAMPLE_RATE), Map.of("B", 1L), ShapeSpec.of("B", 1));
        TorchScriptModule module = TorchScriptModule.load(file, device, contract);
        try {
            if (!module.hasMethod("reset_states")) {
                throw new InvalidInputException(file, "not a Silero VAD model (no reset_states)");
            }
            module.define(BLOCK_SOURCE);
            return new SileroVad(module);
        } catch (RuntimeException e) {
            module.close();
            throw e;
        }
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public synchronized VoiceActivity detect(AudioSource source) {
        if (source.sampleRate() != SAMPLE_RATE) {
            throw new IllegalArgumentException("Silero VAD needs " + SAMPLE_RATE + " Hz, the source gives "
                + source.sampleRate() + " Hz");
        }
        module.run("reset_states");
        float[] block = new float[CHUNK * CHUNKS_PER_BLOCK];
        ProbabilityBuffer probabilities = new ProbabilityBuffer();
        long samples = 0;
        boolean ended = false;
        while (!ended) {
            int filled = 0;
            while (filled < block.length) {
                int n = source.read(block, filled, block.length - filled);
                if (n < 0) {
                    ended = true;
                    break;
                }
                filled += n;
            }
            if (filled == 0) {
                break;
            }
            samples += filled;
            probabilities.add(forwardChunks(block, filled));
        }
        return new VoiceActivity(probabilities.toArray(), CHUNK, CHUNK, samples, SAMPLE_RATE);
    }

    @Override
    public synchronized VoiceActivity detect(float[] samples) {
        module.run("reset_states");
        ProbabilityBuffer probabilities = new ProbabilityBuffer();
        int blockLength = CHUNK * CHUNKS_PER_BLOCK;
        for (int from = 0; from < samples.length; from += blockLength) {
            int length = Math.min(blockLength, samples.length - from);
            probabilities.add(forwardChunks(Arrays.copyOfRange(samples, from, from + length), length));
        }
        return new VoiceActivity(probabilities.toArray(), CHUNK, CHUNK, samples.length, SAMPLE_RATE);
    }

    /** Probabilities of the first {@code length} samples of {@code block}, the last chunk zero-padded. */
    private float[] forwardChunks(float[] block, int length) {
        int chunks = (length + CHUNK - 1) / CHUNK;
        float[] padded = block.length == chunks * CHUNK && length == block.length
            ? block : Arrays.copyOf(Arrays.copyOf(block, length), chunks * CHUNK);
        try (PointerScope ignored = new PointerScope()) {
            Tensor input = Tensors.fromArray(padded, 1, padded.length);
            Tensor out = module.call(BLOCK_METHOD, input, (long) SAMPLE_RATE, (long) CHUNK);
            return Tensors.toArray(out);
        }
    }

    @Override
    public void close() {
        module.close();
    }

    /** A growable float array. */
    private static final class ProbabilityBuffer {
        private float[] values = new float[1024];
        private int size;

        void add(float[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(2 * values.length, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
