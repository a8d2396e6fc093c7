package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchRuntime;
import picocli.CommandLine.Option;

/** Options of every command that runs a neural network: where it runs and on how many threads. */
public final class TorchOptions {

    @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "auto",
        description = "auto, cpu, cuda or cuda:N; auto picks CUDA when present (default: ${DEFAULT-VALUE}).")
    String device;

    // One thread by default: splitting the segmentation LSTM's small steps across threads made diarization slower
    // (benchmarks/results/long-audio.md); --jobs uses more cores, one recording each.
    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
        description = "libtorch intra-op threads; 0 = libtorch's choice, one per core (default: ${DEFAULT-VALUE}).")
    int threads;

    /**
     * The device to run on, resolved (auto becomes cuda:0 or cpu), after applying {@code --threads}; a bad
     * spelling or an absent CUDA device is an {@link InvalidInputException}.
     */
    public ComputeDevice apply() {
        if (threads < 0) {
            throw new InvalidInputException("--threads must be 0 (libtorch's choice) or more, got " + threads);
        }
        ComputeDevice parsed = ComputeDevice.parse(device);
        TorchRuntime.setThreads(threads);
        return parsed.resolve();
    }
}
