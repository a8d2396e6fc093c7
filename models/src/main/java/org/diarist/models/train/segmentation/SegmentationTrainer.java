package org.diarist.models.train.segmentation;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.AdamW;
import org.bytedeco.pytorch.AdamWOptions;
import org.bytedeco.pytorch.InputArchive;
import org.bytedeco.pytorch.OutputArchive;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.models.train.TrainingProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Trains a {@link SegmentationNetwork} with the permutation-invariant powerset loss. Every step draws its
 * batch from a generator seeded by (seed, step), and libtorch's generator is re-seeded the same way, so a run
 * resumed from a checkpoint continues exactly as if it had not stopped.
 */
public final class SegmentationTrainer {

    private final SegmentationNetworkConfig networkConfig;
    private final SegmentationTrainingConfig config;
    private final ChunkSource source;
    private final Path checkpointDir;
    private final TrainingProgress progress;
    private final Path initialWeights;

    public SegmentationTrainer(SegmentationNetworkConfig networkConfig, SegmentationTrainingConfig config,
                               ChunkSource source, Path checkpointDir, TrainingProgress progress) {
        this(networkConfig, config, source, checkpointDir, progress, null);
    }

    private SegmentationTrainer(SegmentationNetworkConfig networkConfig, SegmentationTrainingConfig config,
                                ChunkSource source, Path checkpointDir, TrainingProgress progress,
                                Path initialWeights) {
        this.networkConfig = networkConfig;
        this.config = config;
        this.source = source;
        this.checkpointDir = checkpointDir;
        this.progress = progress;
        this.initialWeights = initialWeights;
    }

    /**
     * A trainer whose first step starts from the weights of a trained model folder of the same network shape
     * (fine-tuning) rather than from random ones; a checkpoint in the directory still takes precedence.
     */
    public SegmentationTrainer startingFrom(Path modelDir) {
        return new SegmentationTrainer(networkConfig, config, source, checkpointDir, progress,
            modelDir.resolve("model.safetensors"));
    }

    /** Trains from the last checkpoint in the directory (or from scratch) and returns the trained network. */
    public SegmentationNetwork train() {
        return trainUntil(config.steps());
    }

    /**
     * As {@link #train()}, but stops with a checkpoint after step {@code stopAfter} of the schedule, so a run can
     * be replayed exactly in stages (the learning rate follows the whole schedule of {@code config.steps()}).
     */
    public SegmentationNetwork trainUntil(int stopAfter) {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(config.seed());
        SegmentationNetwork network = new SegmentationNetwork(networkConfig);
        AdamWOptions options = new AdamWOptions(config.learningRate());
        options.weight_decay().put(config.weightDecay());
        AdamW optimizer = new AdamW(network.parameters(), options);
        int step = restore(network, optimizer);
        int firstStep = step;
        if (step > 0) {
            progress.note("train: resumed at step " + step + " of " + config.steps());
        } else if (initialWeights != null) {
            ModuleWeights.load(network, initialWeights);
            progress.note("train: starting from " + initialWeights);
        }
        PowersetLoss lossFunction = new PowersetLoss(networkConfig.powerset());
        network.train(true);

        long started = System.nanoTime();
        long lastCheckpoint = started;
        int lastStep = Math.min(config.steps(), stopAfter);
        while (step < lastStep) {
            double lr = config.learningRateAt(step);
            optimizer.param_groups().get(0).options().set_lr(lr);
            double loss = trainStep(network, optimizer, lossFunction, step);
            step++;
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("training diverged at step " + step + " (loss " + loss + ")");
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            progress.step(step, config.steps(), firstStep, loss, String.format("lr %.2e", lr));
            boolean outOfTime = elapsed >= config.timeBudget().toSeconds();
            if (outOfTime || step == lastStep
                || System.nanoTime() - lastCheckpoint >= config.checkpointEvery().toNanos()) {
                checkpoint(network, optimizer, step);
                lastCheckpoint = System.nanoTime();
            }
            if (outOfTime) {
                break;
            }
        }
        network.eval();
        return network;
    }

    private double trainStep(SegmentationNetwork network, AdamW optimizer, PowersetLoss lossFunction, int step) {
        SplittableRandom random = new SplittableRandom(config.seed() * 1_000_003L + step);
        torch.manual_seed(config.seed() + step);
        int batch = config.batchSize();
        int samples = networkConfig.windowSamples();
        float[] audio = new float[batch * samples];
        int[][] masks = new int[batch][];
        for (int b = 0; b < batch; b++) {
            TrainingChunk chunk = source.next(random);
            System.arraycopy(chunk.audio(), 0, audio, b * samples, samples);
            masks[b] = chunk.frameSpeakerMasks();
        }
        try (PointerScope scope = new PointerScope()) {
            Tensor input = Tensors.fromArray(audio, batch, 1, samples);
            optimizer.zero_grad();
            Tensor loss = lossFunction.loss(network.forward(input), masks);
            loss.backward();
            torch.clip_grad_norm_(network.parameters(), config.gradientClip());
            optimizer.step();
            return loss.item_float();
        }
    }

    /** The step the checkpoint in {@code checkpointDir} was written at, or 0 when there is none. */
    public static int checkpointStep(Path checkpointDir) {
        Path state = checkpointDir.resolve("checkpoint.properties");
        if (!Files.exists(state)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(state)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + state, e);
        }
        return Integer.parseInt(properties.getProperty("step"));
    }

    private int restore(SegmentationNetwork network, AdamW optimizer) {
        int step = checkpointStep(checkpointDir);
        if (step == 0) {
            return 0;
        }
        try {
            InputArchive modelArchive = new InputArchive();
            modelArchive.load_from(checkpointDir.resolve("checkpoint-model.pt").toString());
            network.load(modelArchive);
            InputArchive optimizerArchive = new InputArchive();
            optimizerArchive.load_from(checkpointDir.resolve("checkpoint-optimizer.pt").toString());
            optimizer.load(optimizerArchive);
            return step;
        } catch (RuntimeException e) {
            throw new InvalidInputException(checkpointDir, "unreadable checkpoint: " + e.getMessage(), e);
        }
    }

    private void checkpoint(SegmentationNetwork network, AdamW optimizer, int step) {
        try {
            Files.createDirectories(checkpointDir);
            OutputArchive modelArchive = new OutputArchive();
            network.save(modelArchive);
            modelArchive.save_to(checkpointDir.resolve("checkpoint-model.pt").toString());
            OutputArchive optimizerArchive = new OutputArchive();
            optimizer.save(optimizerArchive);
            optimizerArchive.save_to(checkpointDir.resolve("checkpoint-optimizer.pt").toString());
            // The step is written last and atomically: a checkpoint is only valid once it names its step.
            Path temporary = checkpointDir.resolve("checkpoint.properties.tmp");
            Properties properties = new Properties();
            properties.setProperty("step", Integer.toString(step));
            try (var out = Files.newOutputStream(temporary)) {
                properties.store(out, "segmentation training checkpoint");
            }
            Files.move(temporary, checkpointDir.resolve("checkpoint.properties"),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint in " + checkpointDir, e);
        }
    }
}
