package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.data.Manifest;
import org.diarist.models.train.embedding.CropAugmentation;
import org.diarist.models.train.embedding.EmbeddingTrainer;
import org.diarist.models.train.embedding.EmbeddingTrainingConfig;
import org.diarist.models.train.embedding.TrainingAudio;
import org.diarist.models.train.embedding.TrainingAugmentations;
import org.diarist.models.train.TrainingProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code diarist train embedding}: trains the speaker-embedding network on a manifest. */
@Command(name = "embedding", mixinStandardHelpOptions = true,
    description = {"Train the speaker-embedding network (AAM softmax, AdamW) on the speakers of a manifest.",
        "Writes DIR/model.safetensors and DIR/config.json (load with `diarist embed --model DIR`),",
        "a resumable checkpoint in DIR/checkpoint every few minutes, and DIR/training.json with the recipe."})
public final class TrainEmbeddingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--data", required = true, paramLabel = "MANIFEST",
        description = "Training manifest (TSV: path, speaker, dataset, duration[, start, end]).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--epochs", paramLabel = "N",
        description = "Passes over the audio's duration (sets the number of steps).")
    Double epochs;

    @Option(names = "--steps", paramLabel = "N", description = "Optimiser steps (overrides --epochs and --minutes).")
    Integer steps;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "45",
        description = "Time budget used to choose the number of steps when neither --steps nor --epochs is given (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Mixin
    TorchOptions torch;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of crops, augmentation and initial weights (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--batch-size", defaultValue = "64", description = "Crops per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--channels", paramLabel = "C,A", split = ",",
        description = "Widths of the TDNN blocks and of the aggregation layer (default: 128,512).")
    int[] channels;

    @Option(names = "--no-augment", description = "Train on clean crops (no noise, reverberation, band-limiting or gain).")
    boolean noAugment;

    @Option(names = "--no-speed-perturbation", description = "No 0.9/1.1 speed copies of the speakers (a third of the classes).")
    boolean noSpeedPerturbation;

    @Option(names = "--crop", paramLabel = "MIN,MAX", split = ",",
        description = "Crop length range in seconds; each step draws one length (default: 1.5,2.5).")
    double[] crop;

    @Option(names = "--resume", description = "Continue from DIR/checkpoint.")
    boolean resume;

    @Option(names = "--init", paramLabel = "MODEL_DIR",
        description = "Fine-tune: start from this trained model folder (its checkpoint's head too when the classes match), "
            + "with the full margin from the first step.")
    Path init;

    @Option(names = "--learning-rate", paramLabel = "LR",
        description = "Peak learning rate (default: 2e-3; with --init: 2e-4).")
    Double learningRate;

    @Option(names = "--audio-cache", paramLabel = "FILE",
        description = "Decoded-audio cache (default: DIR/audio-cache.bin); reused when the manifest is unchanged.")
    Path audioCache;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            throw new InvalidInputException(data, "no such manifest");
        }
        ComputeDevice computeDevice = torch.apply();
        TrainingProgress progress = new TrainingProgress(spec.commandLine().getErr(), System.console() != null, 25,
            common.quiet());
        Manifest manifest = Manifest.readForTraining(data);
        if (manifest.size() == 0) {
            throw new InvalidInputException(data, "the manifest lists no audio");
        }
        Files.createDirectories(out);
        TrainingAudio audio = TrainingAudio.load(manifest, audioCache != null ? audioCache : out.resolve("audio-cache.bin"),
            Math.max(1, Runtime.getRuntime().availableProcessors()), progress::note);
        EmbeddingTrainingConfig defaults = EmbeddingTrainingConfig.defaults();
        if (crop != null && (crop.length != 2 || !(crop[0] > 0) || crop[1] < crop[0])) {
            throw new InvalidInputException("--crop takes MIN,MAX seconds with 0 < MIN <= MAX, e.g. 1.5,2.5");
        }
        EmbeddingTrainingConfig config = defaults.withSeed(seed)
            .withCrops(batchSize, crop == null ? defaults.minCropSeconds() : crop[0],
                crop == null ? defaults.maxCropSeconds() : crop[1])
            .withAugmentation(!noSpeedPerturbation, !noAugment);
        if (channels != null) {
            if (channels.length != 2) {
                throw new InvalidInputException("--channels takes two widths, e.g. 128,512");
            }
            config = config.withNetwork(config.network().withWidths(channels[0], channels[1]));
        }
        if (steps != null) {
            config = config.withBudget(steps, minutes);
        } else if (epochs != null) {
            double meanCrop = (config.minCropSeconds() + config.maxCropSeconds()) / 2;
            int n = (int) Math.ceil(epochs * audio.totalSamples() / 16000.0 / (meanCrop * config.batchSize()));
            config = config.withBudget(Math.max(1, n), minutes);
        } else {
            config = config.withBudget(0, minutes);
        }
        if (init != null) {
            if (!Files.isRegularFile(init.resolve("model.safetensors"))) {
                throw new InvalidInputException(init, "no model.safetensors in this folder");
            }
            config = config.forFineTuning().withPeakLearningRate(learningRate != null ? learningRate : 2e-4);
        } else if (learningRate != null) {
            config = config.withPeakLearningRate(learningRate);
        }
        CropAugmentation augmentation = config.augment() ? TrainingAugmentations.standard(audio) : CropAugmentation.NONE;
        EmbeddingTrainer trainer = new EmbeddingTrainer(config, computeDevice, progress);
        EmbeddingTrainer.Result result = (init != null ? trainer.startingFrom(init) : trainer)
            .train(audio, augmentation, out, resume);
        spec.commandLine().getOut().printf("%s: %d steps, final loss %.3f%n", out.resolve("model.safetensors"),
            result.steps(), result.smoothedLoss());
        return ExitCodes.OK;
    }
}
