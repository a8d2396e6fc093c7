package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.audio.WavWriter;
import org.diarist.models.data.Manifest;
import org.diarist.models.simulation.ConversationSimulator;
import org.diarist.models.simulation.ManifestUtterancePool;
import org.diarist.models.simulation.SimulatedConversation;
import org.diarist.models.simulation.SimulationConfig;
import org.diarist.models.simulation.TurnStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code diarist data simulate}: conversations with exact references, e.g. a held-out evaluation set. */
@Command(
    name = "simulate",
    description = {
        "Mix single-speaker speech of a manifest into conversations (WAV) with their exact reference"
            + " (reference.rttm), deterministic for a seed.",
        "Use a manifest of speakers the models were not trained on to make an evaluation set."})
final class SimulateCommand implements Callable<Integer> {

    private static final int CACHED_UTTERANCES = 256;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--data", required = true, paramLabel = "MANIFEST", description = "Training-data manifest (TSV).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the WAV files and reference.rttm.")
    Path out;

    @Option(names = "--count", defaultValue = "10", description = "Number of conversations (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--duration", defaultValue = "60", paramLabel = "SECONDS",
        description = "Length of each conversation (default ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--speakers", defaultValue = "2-3", paramLabel = "MIN-MAX",
        description = "Speakers per conversation, at most 5 (default ${DEFAULT-VALUE}).")
    String speakers;

    @Option(names = "--overlap", defaultValue = "0.05-0.25", paramLabel = "MIN-MAX",
        description = "Share of the speech that is overlapped (default ${DEFAULT-VALUE}).")
    String overlap;

    @Option(names = "--turn-statistics", paramLabel = "RTTM",
        description = "Estimate turn, pause and overlap lengths from these reference turns (e.g. the AMI training"
            + " RTTM) instead of the built-in defaults.")
    Path turnStatistics;

    @Option(names = "--clean", description = "No noise floor, noise, reverberation or telephone band-limiting.")
    boolean clean;

    @Option(names = "--seed", defaultValue = "0", description = "Conversation i uses seed SEED+i (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        SimulationConfig config = config();
        Manifest manifest = Manifest.read(data);
        if (manifest.size() == 0) {
            throw new InvalidInputException(data, "the manifest has no entries");
        }
        ConversationSimulator simulator =
            new ConversationSimulator(new ManifestUtterancePool(manifest, CACHED_UTTERANCES), config);
        Files.createDirectories(out);
        List<Annotation> references = new ArrayList<>();
        double seconds = 0;
        double speech = 0;
        double overlapped = 0;
        try (ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "simulating",
            !common.quiet() && System.console() != null, n -> n + " conversations")) {
            for (int i = 0; i < count; i++) {
                SimulatedConversation c = simulator.generate(seed + i);
                WavWriter.writePcm16(out.resolve(c.reference().uri() + ".wav"), c.audio(), c.sampleRate());
                references.add(c.reference());
                seconds += c.duration();
                speech += c.speech();
                overlapped += c.overlap();
                bar.update(i + 1, count);
            }
        }
        Rttm.write(references, out.resolve("reference.rttm"));
        spec.commandLine().getOut().printf(Locale.ROOT,
            "%d conversations, %.1f min, speech %.1f %% of the time, overlapped %.1f %% of the speech%nwrote %s%n",
            count, seconds / 60, 100 * speech / seconds, 100 * overlapped / Math.max(speech, 1e-9), out);
        return ExitCodes.OK;
    }

    private SimulationConfig config() {
        int[] speakerRange = range(speakers, "--speakers");
        double[] overlapRange = rangeOfFractions(overlap, "--overlap");
        if (count < 1) {
            throw bad("--count must be at least 1");
        }
        SimulationConfig.Builder builder = SimulationConfig.builder().duration(duration);
        try {
            builder.speakers(speakerRange[0], speakerRange[1]).overlapFraction(overlapRange[0], overlapRange[1]);
            if (clean) {
                builder.clean();
            }
            if (turnStatistics != null) {
                builder.statistics(TurnStatistics.fromRttm(turnStatistics));
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    private int[] range(String text, String option) {
        String[] parts = text.split("-", -1);
        try {
            int min = Integer.parseInt(parts[0].strip());
            int max = parts.length == 1 ? min : Integer.parseInt(parts[1].strip());
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            return new int[] {min, max};
        } catch (NumberFormatException e) {
            throw bad(option + " takes N or MIN-MAX, not '" + text + "'");
        }
    }

    private double[] rangeOfFractions(String text, String option) {
        String[] parts = text.split("-", -1);
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
        } catch (NumberFormatException e) {
            throw bad(option + " takes MIN-MAX fractions such as 0.05-0.25, not '" + text + "'");
        }
    }

    private static InvalidInputException bad(String message) {
        return new InvalidInputException(message);
    }
}
