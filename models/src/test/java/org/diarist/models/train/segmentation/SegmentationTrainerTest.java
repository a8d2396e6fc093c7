package org.diarist.models.train.segmentation;

import org.bytedeco.javacpp.PointerScope;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.Tensors;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.models.train.LoggedLosses;
import org.diarist.models.train.TrainingProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentationTrainerTest {

    /** Half-second windows through a network small enough to train in a second or two. */
    private static final SegmentationNetworkConfig TINY =
        new SegmentationNetworkConfig(16000, 8000, 8, 251, 10, 8, 8, 1, 0.0, 8, 3, 2);

    @BeforeAll
    static void loadTorch() {
        TorchRuntime.ensureLoaded();
    }

    /**
     * Two "speakers" that are tones (300 Hz and 1.3 kHz); each half of a window has a random subset of them, so
     * the network must learn silence, each speaker alone and both at once.
     */
    private static final ChunkSource TONES = random -> {
        int samples = TINY.windowSamples();
        int[] halfMasks = {random.nextInt(4), random.nextInt(4)};
        float[] audio = new float[samples];
        double phase = random.nextDouble() * Math.PI;
        for (int i = 0; i < samples; i++) {
            int mask = halfMasks[i < samples / 2 ? 0 : 1];
            double t = i / 16000.0;
            audio[i] = (float) (0.01 * random.nextDouble()
                + ((mask & 1) != 0 ? 0.3 * Math.sin(2 * Math.PI * 300 * t + phase) : 0)
                + ((mask & 2) != 0 ? 0.3 * Math.sin(2 * Math.PI * 1300 * t) : 0));
        }
        int frames = TINY.frames(samples);
        int[] labels = new int[frames];
        for (int f = 0; f < frames; f++) {
            int centre = TINY.frameCentreSample(f);
            labels[f] = halfMasks[centre < samples / 2 ? 0 : 1];
        }
        return new TrainingChunk(audio, labels);
    };

    private static SegmentationTrainingConfig recipe(int steps, Duration budget) {
        return new SegmentationTrainingConfig(steps, 8, 1e-2, 0, 0, 5.0, 7, budget, Duration.ofHours(1));
    }

    private static TrainingProgress progressTo(StringWriter log) {
        return new TrainingProgress(new PrintWriter(log), false, 1, false);
    }

    @Test
    void trainingLowersThePowersetLoss(@TempDir Path dir) {
        StringWriter log = new StringWriter();
        new SegmentationTrainer(TINY, recipe(60, Duration.ofHours(1)), TONES, dir, progressTo(log)).train();

        LoggedLosses losses = LoggedLosses.in(log.toString());
        assertEquals(60, losses.size(), log.toString());
        double first = losses.mean(0, 5);
        double last = losses.mean(55, 60);
        assertTrue(last < 0.6 * first, "loss did not fall: " + first + " -> " + last);
    }

    @Test
    void aResumedRunEndsWhereAnUninterruptedOneDoes(@TempDir Path straight, @TempDir Path split) {
        StringWriter ignored = new StringWriter();
        SegmentationNetwork uninterrupted =
            new SegmentationTrainer(TINY, recipe(4, Duration.ofHours(1)), TONES, straight, progressTo(ignored)).train();
        // A zero time budget stops after the first step, with a checkpoint; then a run stopped at step 3 of the
        // same schedule, and one that finishes it.
        new SegmentationTrainer(TINY, recipe(4, Duration.ZERO), TONES, split, progressTo(ignored)).train();
        assertEquals(1, SegmentationTrainer.checkpointStep(split));
        new SegmentationTrainer(TINY, recipe(4, Duration.ofHours(1)), TONES, split, progressTo(ignored)).trainUntil(3);
        assertEquals(3, SegmentationTrainer.checkpointStep(split));
        StringWriter resumedLog = new StringWriter();
        SegmentationNetwork resumed =
            new SegmentationTrainer(TINY, recipe(4, Duration.ofHours(1)), TONES, split, progressTo(resumedLog)).train();

        assertTrue(resumedLog.toString().contains("resumed at step 3 of 4"), resumedLog.toString());
        float[] probe = TONES.next(new SplittableRandom(99)).audio();
        assertArrayEquals(output(uninterrupted, probe), output(resumed, probe), 1e-5f);
    }

    @Test
    void fineTuningStartsFromTheGivenWeights(@TempDir Path trained, @TempDir Path scratch, @TempDir Path tuned) {
        StringWriter ignored = new StringWriter();
        SegmentationNetwork base =
            new SegmentationTrainer(TINY, recipe(60, Duration.ofHours(1)), TONES, trained, progressTo(ignored)).train();
        SegmentationModelWriter.write(base, TINY, trained);
        // One step at a learning rate too small to move the weights: what comes out is where training started.
        SegmentationTrainingConfig still = new SegmentationTrainingConfig(1, 8, 1e-12, 0, 0, 5.0, 7,
            Duration.ofHours(1), Duration.ofHours(1));
        SegmentationNetwork fresh = new SegmentationTrainer(TINY, still, TONES, scratch, progressTo(ignored)).train();
        SegmentationNetwork fineTuned = new SegmentationTrainer(TINY, still, TONES, tuned, progressTo(ignored))
            .startingFrom(trained).train();

        float[] probe = TONES.next(new SplittableRandom(99)).audio();
        assertArrayEquals(output(base, probe), output(fineTuned, probe), 1e-4f);
        float[] untrained = output(fresh, probe);
        float[] expected = output(base, probe);
        double difference = 0;
        for (int i = 0; i < expected.length; i++) {
            difference = Math.max(difference, Math.abs(expected[i] - untrained[i]));
        }
        assertTrue(difference > 0.1, "a run from scratch should differ from the trained network: " + difference);
    }

    private static float[] output(SegmentationNetwork network, float[] audio) {
        try (PointerScope scope = new PointerScope()) {
            return Tensors.toArray(network.forward(Tensors.fromArray(audio, 1, 1, audio.length)));
        }
    }
}
