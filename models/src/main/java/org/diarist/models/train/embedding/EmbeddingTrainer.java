package org.diarist.models.train.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.AdamW;
import org.bytedeco.pytorch.AdamWOptions;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.embedding.NativeModelConfig;
import org.diarist.engine.embedding.SpeakerNetwork;
import org.diarist.engine.features.Fbank;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.engine.torch.Tensors;
import org.diarist.models.train.TrainingProgress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains {@link SpeakerNetwork} with an additive angular margin softmax head and AdamW on random crops of
 * {@link TrainingAudio}; fbank features are computed per batch on the training device. The next batch is
 * prepared on another thread while the current one trains. Writes {@code model.safetensors} and
 * {@code config.json} into the output folder, a resumable checkpoint under {@code checkpoint/} every few minutes,
 * and {@code training.json} with the recipe.
 */
public final class EmbeddingTrainer {

    public static final String MODEL_NAME = "diarist-embedding";
    private static final int TIMING_STEPS = 3;

    private final EmbeddingTrainingConfig config;
    private final ComputeDevice device;
    private final TrainingProgress progress;
    private final Path initialWeights;

    public EmbeddingTrainer(EmbeddingTrainingConfig config, ComputeDevice device, TrainingProgress progress) {
        this(config, device, progress, null);
    }

    private EmbeddingTrainer(EmbeddingTrainingConfig config, ComputeDevice device, TrainingProgress progress,
                             Path initialWeights) {
        this.config = config;
        this.device = device;
        this.progress = progress;
        this.initialWeights = initialWeights;
    }

    /**
     * A trainer that starts from the network of a trained model folder (fine-tuning), and from its training head
     * when the folder still holds the checkpoint of a run over the same classes.
     */
    public EmbeddingTrainer startingFrom(Path modelDir) {
        return new EmbeddingTrainer(config, device, progress, modelDir);
    }

    /** Result of a run: the final training loss (smoothed) and steps done. */
    public record Result(long steps, double smoothedLoss, Path modelDir) {
    }

    public Result train(TrainingAudio audio, CropAugmentation augmentation, Path outDir, boolean resume)
        throws IOException {
        return run(audio, augmentation, outDir, resume, Long.MAX_VALUE);
    }

    /** Trains from scratch but stops (with a checkpoint) after {@code stopAfter} steps of the full schedule. */
    public Result trainUntil(TrainingAudio audio, CropAugmentation augmentation, Path outDir, long stopAfter)
        throws IOException {
        return run(audio, augmentation, outDir, false, stopAfter);
    }

    private Result run(TrainingAudio audio, CropAugmentation augmentation, Path outDir, boolean resume, long stopAfter)
        throws IOException {
        TorchRuntime.ensureLoaded();
        Files.createDirectories(outDir);
        Path checkpointDir = outDir.resolve("checkpoint");
        CropSampler sampler = new CropSampler(audio, config, augmentation);
        ComputeDevice resolved = device.resolve();
        Device nativeDevice = resolved.toNative();
        NativeModelConfig modelConfig = NativeModelConfig.of(MODEL_NAME, config.network());
        ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crop-sampler");
            t.setDaemon(true);
            return t;
        });
        try (Fbank fbank = new Fbank(modelConfig.fbank(), resolved)) {
            long totalSteps = config.steps();
            TrainingCheckpoint.State resumed = null;
            if (resume && TrainingCheckpoint.exists(checkpointDir)) {
                totalSteps = new ObjectMapper().readValue(checkpointDir.resolve("state.json").toFile(),
                    TrainingCheckpoint.State.class).totalSteps();
            } else if (totalSteps == 0) {
                totalSteps = stepsForBudget(sampler, fbank, nativeDevice);
            }
            torch.manual_seed(config.seed());
            SpeakerNetwork network = new SpeakerNetwork(config.network());
            AngularMarginHead head = new AngularMarginHead(config.network().embeddingDim(), sampler.classCount());
            if (initialWeights != null && !(resume && TrainingCheckpoint.exists(checkpointDir))) {
                loadInitialWeights(network, head);
            }
            network.to(nativeDevice, false);
            head.to(nativeDevice, false);
            TensorVector parameters = new TensorVector();
            for (TensorVector group : new TensorVector[] {network.parameters(), head.parameters()}) {
                for (long i = 0; i < group.size(); i++) {
                    parameters.push_back(group.get(i));
                }
            }
            AdamWOptions options = new AdamWOptions(config.learningRate(0));
            options.weight_decay().put(config.weightDecay());
            AdamW optimizer = new AdamW(parameters, options);
            long step = 0;
            if (resume && TrainingCheckpoint.exists(checkpointDir)) {
                resumed = TrainingCheckpoint.load(checkpointDir, network, head, optimizer);
                step = resumed.step();
                progress.note("train: resumed at step " + step + " of " + totalSteps);
            }
            writeRecipe(outDir, audio, sampler, totalSteps, network);
            progress.note(String.format("train: %d clips, %d speakers, %d classes, %.1f h of audio; %d steps of %d crops; "
                    + "%,d network parameters", audio.clipCount(), audio.speakers().size(), sampler.classCount(),
                audio.totalSamples() / 16000.0 / 3600, totalSteps, config.batchSize(), network.parameterCount()));
            network.train(true);
            head.train(true);
            long firstStep = step;
            long lastCheckpoint = System.nanoTime();
            final long firstBatch = step;
            Future<TrainingBatch> next = prefetch.submit(() -> sampler.batch(firstBatch));
            long lastStep = Math.min(totalSteps, stopAfter);
            while (step < lastStep) {
                TrainingBatch batch = await(next);
                final long following = step + 1;
                if (following < lastStep) {
                    next = prefetch.submit(() -> sampler.batch(following));
                }
                double progressFraction = (double) step / totalSteps;
                double lr = config.learningRate(progressFraction);
                double margin = config.marginAt(progressFraction);
                optimizer.param_groups().get(0).options().set_lr(lr);
                double loss;
                try (PointerScope scope = new PointerScope()) {
                    loss = trainStep(network, head, optimizer, fbank, batch, margin, config.scale(), nativeDevice);
                }
                step++;
                if (!Double.isFinite(loss)) {
                    throw new IllegalStateException("training diverged at step " + step + " (loss " + loss + ")");
                }
                progress.step(step, totalSteps, firstStep, loss, String.format("lr %.2e margin %.3f", lr, margin));
                boolean due = (System.nanoTime() - lastCheckpoint) / 60e9 >= config.checkpointMinutes();
                if (due || step == lastStep) {
                    TrainingCheckpoint.save(checkpointDir,
                        new TrainingCheckpoint.State(step, totalSteps, config.seed(), sampler.classCount()),
                        network, head, optimizer);
                    saveModel(outDir, modelConfig, network, step);
                    lastCheckpoint = System.nanoTime();
                }
            }
            saveModel(outDir, modelConfig, network, step);
            progress.note("train: model written to " + outDir.resolve(NativeModelConfig.WEIGHTS_FILE));
            return new Result(step, progress.smoothedLoss(), outDir);
        } finally {
            prefetch.shutdownNow();
        }
    }

    private void loadInitialWeights(SpeakerNetwork network, AngularMarginHead head) {
        ModuleWeights.load(network, initialWeights.resolve(NativeModelConfig.WEIGHTS_FILE));
        Path headFile = initialWeights.resolve("checkpoint").resolve("head.safetensors");
        boolean headLoaded = false;
        if (Files.isRegularFile(headFile)) {
            try {
                ModuleWeights.load(head, headFile);
                headLoaded = true;
            } catch (org.diarist.engine.InvalidInputException e) {
                progress.note("train: " + headFile + " does not fit these classes; the head starts fresh");
            }
        }
        progress.note("train: starting from " + initialWeights + (headLoaded ? " (network and head)" : " (network)"));
    }

    /** One forward/backward/update; returns the batch loss. */
    static double trainStep(SpeakerNetwork network, AngularMarginHead head, AdamW optimizer, Fbank fbank,
                            TrainingBatch batch, double margin, double scale, Device device) {
        Tensor waveforms = Tensors.fromRows(batch.waveforms());
        Tensor features = fbank.extract(waveforms);
        Tensor mask = torch.ones(features.size(0), features.size(1)).to(device, torch.ScalarType.Float);
        Tensor labels = torch.empty(new long[] {batch.labels().length}, new TensorOptions(torch.ScalarType.Long),
            new org.bytedeco.pytorch.MemoryFormatOptional());
        new LongPointer(labels.data_ptr_long()).capacity(batch.labels().length).put(batch.labels());
        Tensor loss = head.loss(network.forward(features, mask), labels.to(device, torch.ScalarType.Long), margin, scale);
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        return loss.item_float();
    }

    /** Picks the step count that fits the minutes budget from the speed of a few throwaway steps. */
    private long stepsForBudget(CropSampler sampler, Fbank fbank, Device device) {
        SpeakerNetwork probe = new SpeakerNetwork(config.network());
        AngularMarginHead head = new AngularMarginHead(config.network().embeddingDim(), sampler.classCount());
        probe.to(device, false);
        head.to(device, false);
        AdamW optimizer = new AdamW(probe.parameters(), new AdamWOptions(0.0));
        long started = 0;
        for (int i = 0; i <= TIMING_STEPS; i++) {
            if (i == 1) {
                started = System.nanoTime(); // the first step pays one-off allocation costs
            }
            try (PointerScope scope = new PointerScope()) {
                trainStep(probe, head, optimizer, fbank, sampler.batch(-1 - i), 0, config.scale(), device);
            }
        }
        double perStep = (System.nanoTime() - started) / 1e9 / TIMING_STEPS;
        long steps = Math.max(10, (long) (config.minutes() * 60 / perStep));
        progress.note(String.format("train: %.2f s per step; %d steps fit in %.0f minutes", perStep, steps, config.minutes()));
        probe.close();
        head.close();
        return steps;
    }

    private static void saveModel(Path outDir, NativeModelConfig modelConfig, SpeakerNetwork network, long step)
        throws IOException {
        ModuleWeights.save(network, outDir.resolve(NativeModelConfig.WEIGHTS_FILE),
            Map.of("name", modelConfig.name(), "architecture", modelConfig.architecture(), "step", Long.toString(step)));
        modelConfig.write(outDir.resolve(NativeModelConfig.CONFIG_FILE));
    }

    private void writeRecipe(Path outDir, TrainingAudio audio, CropSampler sampler, long totalSteps,
                             SpeakerNetwork network) throws IOException {
        Map<String, Object> recipe = new LinkedHashMap<>();
        recipe.put("config", config.withSteps((int) totalSteps));
        recipe.put("clips", audio.clipCount());
        recipe.put("speakers", audio.speakers().size());
        recipe.put("classes", sampler.classCount());
        recipe.put("hours", audio.totalSamples() / 16000.0 / 3600);
        recipe.put("parameters", network.parameterCount());
        recipe.put("macsPerSecondOfAudio", config.network().macsPerFrame() * 100);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(outDir.resolve("training.json").toFile(), recipe);
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }
}
