package org.diarist.models.train.embedding;

import org.diarist.engine.embedding.NativeEmbeddingModel;
import org.diarist.engine.embedding.SpeakerNetworkConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.train.LoggedLosses;
import org.diarist.models.train.TrainingProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingTrainerTest {

    private static final SpeakerNetworkConfig TINY = new SpeakerNetworkConfig(80, 24, 48, 16, 2, List.of(2));

    /** Synthetic "speakers": harmonic tones with their own pitch and formant-like spectral tilt, plus noise. */
    static TrainingAudio syntheticSpeakers(int speakers, int clipsEach, long seed) {
        Random random = new Random(seed);
        List<float[]> clips = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < speakers; s++) {
            double pitch = 90 + 45 * s;
            double tilt = 0.4 + 0.15 * s;
            for (int c = 0; c < clipsEach; c++) {
                float[] x = new float[16000];
                double f0 = pitch * (1 + 0.03 * random.nextGaussian());
                for (int i = 0; i < x.length; i++) {
                    double v = 0;
                    for (int h = 1; h <= 12; h++) {
                        v += Math.pow(tilt, h) * Math.sin(2 * Math.PI * f0 * h * i / 16000);
                    }
                    x[i] = (float) (0.2 * v + 0.01 * random.nextGaussian());
                }
                clips.add(x);
                labels.add("synthetic:" + s);
            }
        }
        return TrainingAudio.of(clips, labels);
    }

    private static EmbeddingTrainingConfig tinyRecipe(int steps) {
        return EmbeddingTrainingConfig.defaults().withNetwork(TINY).withCrops(8, 0.5, 0.7).withBudget(steps, 1)
            .withAugmentation(false, false);
    }

    @Test
    void aShortRunLowersTheLossAndWritesALoadableModel(@TempDir Path out) throws Exception {
        TrainingAudio audio = syntheticSpeakers(4, 3, 5);
        StringWriter log = new StringWriter();
        TrainingProgress progress = new TrainingProgress(new PrintWriter(log), false, 1, false);
        new EmbeddingTrainer(tinyRecipe(30), ComputeDevice.CPU, progress).train(audio, CropAugmentation.NONE, out, false);

        LoggedLosses losses = LoggedLosses.in(log.toString());
        assertEquals(30, losses.size(), log.toString());
        double first = losses.mean(0, 5);
        double last = losses.mean(25, 30);
        assertTrue(last < 0.7 * first, "loss did not fall: " + first + " -> " + last);

        assertTrue(Files.isRegularFile(out.resolve("checkpoint/state.json")));
        try (NativeEmbeddingModel model = NativeEmbeddingModel.load(out, ComputeDevice.CPU)) {
            assertEquals(16, model.dimension());
        }
    }

    @Test
    void aResumedRunEndsWhereAnUninterruptedOneDoes(@TempDir Path straight, @TempDir Path split) throws Exception {
        TrainingAudio audio = syntheticSpeakers(3, 2, 9);
        TrainingProgress quiet = new TrainingProgress(new PrintWriter(new StringWriter()), false, 1, true);
        new EmbeddingTrainer(tinyRecipe(6), ComputeDevice.CPU, quiet).train(audio, CropAugmentation.NONE, straight, false);
        // Same schedule (6 steps), stopped after 3 by a checkpoint and resumed.
        new EmbeddingTrainer(tinyRecipe(6), ComputeDevice.CPU, quiet).trainUntil(audio, CropAugmentation.NONE, split, 3);
        new EmbeddingTrainer(tinyRecipe(6), ComputeDevice.CPU, quiet).train(audio, CropAugmentation.NONE, split, true);
        float[] probe = new float[16000];
        audio.copy(0, 0, probe, 0, probe.length);
        try (NativeEmbeddingModel a = NativeEmbeddingModel.load(straight, ComputeDevice.CPU);
             NativeEmbeddingModel b = NativeEmbeddingModel.load(split, ComputeDevice.CPU)) {
            assertArrayEquals(a.embed(probe), b.embed(probe), 1e-4f);
        }
    }

    @Test
    void fineTuningStartsFromTheGivenWeights(@TempDir Path base, @TempDir Path tuned) throws Exception {
        TrainingAudio audio = syntheticSpeakers(3, 2, 13);
        TrainingProgress quiet = new TrainingProgress(new PrintWriter(new StringWriter()), false, 1, true);
        new EmbeddingTrainer(tinyRecipe(4), ComputeDevice.CPU, quiet).train(audio, CropAugmentation.NONE, base, false);
        // One step at a negligible learning rate: the tuned network is the base one (batch-norm statistics aside).
        EmbeddingTrainingConfig still = tinyRecipe(1).withSeed(77).forFineTuning().withPeakLearningRate(1e-12);
        new EmbeddingTrainer(still, ComputeDevice.CPU, quiet).startingFrom(base)
            .train(audio, CropAugmentation.NONE, tuned, false);
        float[] probe = new float[16000];
        audio.copy(1, 0, probe, 0, probe.length);
        try (NativeEmbeddingModel a = NativeEmbeddingModel.load(base, ComputeDevice.CPU);
             NativeEmbeddingModel b = NativeEmbeddingModel.load(tuned, ComputeDevice.CPU)) {
            float[] x = a.embed(probe);
            float[] y = b.embed(probe);
            double cosine = 0;
            for (int i = 0; i < x.length; i++) {
                cosine += x[i] * y[i];
            }
            assertTrue(cosine > 0.95, "fine-tuned network drifted from its start: cosine " + cosine);
        }
    }
}
