package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.models.data.Manifest;
import org.diarist.models.train.TrainingProgress;
import org.diarist.models.train.segmentation.ChunkMix;
import org.diarist.models.train.segmentation.ChunkSource;
import org.diarist.models.train.segmentation.ConversationChunkSource;
import org.diarist.models.train.segmentation.RealWindowSource;
import org.diarist.models.train.segmentation.SegmentationModelWriter;
import org.diarist.models.train.segmentation.SegmentationTrainer;
import org.diarist.models.train.segmentation.SegmentationTrainingConfig;
import org.diarist.models.train.segmentation.SegmentationTrainingData;
import org.diarist.models.train.segmentation.Utterance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code diarist train segmentation}: trains the powerset segmentation network on simulated conversations. */
@Command(
    name = "segmentation",
    mixinStandardHelpOptions = true,
    description = {
        "Train the overlap-aware segmentation network on conversations simulated from single-speaker speech,",
        "optionally mixed with windows of real annotated recordings. Resumes from the checkpoint in --out."
    })
final class TrainSegmentationCommand implements Callable<Integer> {

    /** A trained network needs smaller steps than a random one, or it forgets what it learnt. */
    private static final double FINE_TUNING_LEARNING_RATE = 3e-4;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--data", required = true, description = "Training manifest (TSV from 'diarist data manifest').")
    Path manifest;

    @Option(names = "--out", required = true, description = "Output folder: checkpoints, then the trained model.")
    Path out;

    @Option(names = "--datasets", split = ",",
        defaultValue = "librispeech-train-clean-100,librispeech-train-clean-5,commonvoice",
        description = "Manifest datasets to draw speakers from (default: ${DEFAULT-VALUE}).")
    Set<String> datasets;

    @Option(names = "--real-rttm", description = "RTTM of real recordings (audio beside it as <uri>.flac) to mix in.")
    Path realRttm;

    @Option(names = "--real-share", defaultValue = "0.2", description = "Share of real windows (default: ${DEFAULT-VALUE}).")
    double realShare;

    @Option(names = "--real-overlay", defaultValue = "0",
        description = "Share of real windows given one more speaker: a solo stretch of another real recording laid "
            + "over them (default: ${DEFAULT-VALUE}).")
    double realOverlay;

    @Option(names = "--reverb", defaultValue = "0",
        description = "Share of simulated windows put in a simulated room, RT60 0.2-0.8 s (default: ${DEFAULT-VALUE}).")
    double reverb;

    @Option(names = "--telephone", defaultValue = "0",
        description = "Share of simulated windows band-limited to 300-3400 Hz (default: ${DEFAULT-VALUE}).")
    double telephone;

    @Option(names = "--init", paramLabel = "MODEL_DIR",
        description = "Fine-tune: start from the weights of this trained model folder instead of random ones.")
    Path init;

    @Option(names = "--learning-rate", paramLabel = "LR",
        description = "Peak learning rate (default: 1e-3; with --init: 3e-4).")
    Double learningRate;

    @Option(names = "--seconds-per-speaker", defaultValue = "40", description = "Audio kept per speaker (default: ${DEFAULT-VALUE}).")
    double secondsPerSpeaker;

    @Option(names = "--steps", defaultValue = "2000", description = "Optimiser steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--stop-after", paramLabel = "N",
        description = "Stop with a checkpoint after step N of the --steps schedule (to replay a run in stages).")
    Integer stopAfter;

    @Option(names = "--batch-size", defaultValue = "8", description = "Windows per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--minutes", defaultValue = "55", description = "Stop (with a checkpoint) after this long (default: ${DEFAULT-VALUE}).")
    long minutes;

    @Option(names = "--seed", defaultValue = "1234", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "libtorch intra-op threads (default: all cores).")
    int threads;

    private ChunkSource loadData(ChunkMix mix, SegmentationNetworkConfig network, TrainingProgress progress)
        throws java.io.IOException {
        Manifest selected = new Manifest(Manifest.readForTraining(manifest).entries().stream()
            .filter(entry -> datasets.contains(entry.dataset()))
            .toList());
        progress.note(String.format("train: decoding %d utterances of %d speakers...", selected.size(),
            selected.speakers().size()));
        Files.createDirectories(out);
        List<List<Utterance>> speakers = SegmentationTrainingData.cachedSpeakers(selected, secondsPerSpeaker,
            out.resolve("decoded-speech.cache"), done -> { });
        List<RealWindowSource> real = realRttm == null ? List.of() : SegmentationTrainingData.realRecordings(realRttm);
        progress.note(String.format("train: %d speakers and %d real recordings", speakers.size(), real.size()));
        if (speakers.size() < ConversationChunkSource.MIN_SPEAKERS) {
            throw new InvalidInputException(manifest, "needs at least " + ConversationChunkSource.MIN_SPEAKERS
                + " speakers with utterances of " + SegmentationTrainingData.MIN_UTTERANCE_SECONDS + " s or more in "
                + String.join(", ", datasets) + "; found " + speakers.size());
        }
        return new ConversationChunkSource(speakers, real, mix, network);
    }

    private SegmentationTrainingConfig trainingConfig() {
        SegmentationTrainingConfig defaults = SegmentationTrainingConfig.defaults();
        double peak = learningRate != null ? learningRate : init != null ? FINE_TUNING_LEARNING_RATE
            : defaults.learningRate();
        try {
            return new SegmentationTrainingConfig(steps, batchSize, peak, defaults.warmupSteps(),
                defaults.weightDecay(), defaults.gradientClip(), seed, Duration.ofMinutes(minutes),
                defaults.checkpointEvery());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--steps, --batch-size and --learning-rate must be above 0, "
                + "--minutes at least 0");
        }
    }

    @Override
    public Integer call() throws java.io.IOException {
        TrainingProgress progress = new TrainingProgress(spec.commandLine().getErr(), System.console() != null, 10,
            common.quiet());
        TorchRuntime.ensureLoaded();
        TorchRuntime.setThreads(threads);
        SegmentationNetworkConfig network = SegmentationNetworkConfig.defaults();
        Path checkpoint = out.resolve("checkpoint");
        if (init != null && !Files.isRegularFile(init.resolve("model.safetensors"))) {
            throw new InvalidInputException(init, "no model.safetensors in this folder");
        }
        ChunkMix mix;
        try {
            mix = new ChunkMix(realShare, realOverlay, reverb, telephone);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--real-share, --real-overlay, --reverb, --telephone: " + e.getMessage());
        }
        if (stopAfter != null && stopAfter < 1) {
            throw new InvalidInputException("--stop-after must be at least 1, got " + stopAfter);
        }
        SegmentationTrainingConfig config = trainingConfig();
        int lastStep = stopAfter == null ? steps : Math.min(stopAfter, steps);
        // A checkpoint at or past the last step only needs exporting: no need to decode the data.
        boolean exportOnly = SegmentationTrainer.checkpointStep(checkpoint) >= lastStep;
        ChunkSource source = exportOnly ? random -> {
            throw new IllegalStateException("no training data loaded");
        } : loadData(mix, network, progress);
        SegmentationTrainer trainer = new SegmentationTrainer(network, config, source, checkpoint, progress);
        var trained = (init != null ? trainer.startingFrom(init) : trainer).trainUntil(lastStep);
        SegmentationModelWriter.write(trained, network, out);
        progress.note("train: model written to " + out);
        return ExitCodes.OK;
    }
}
