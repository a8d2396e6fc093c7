package org.diarist.cli;

import org.diarist.engine.SharedData;
import org.diarist.engine.audio.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diarist train segmentation} on a few synthetic voices and two annotated "meetings". */
class TrainSegmentationCommandTest {

    @TempDir
    Path dir;

    /** A voice: a tone with a little noise, {@code seconds} long. */
    private Path voice(String name, double hertz, double seconds) throws IOException {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        float[] samples = new float[(int) (seconds * 16000)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.1 * Math.sin(2 * Math.PI * hertz * i / 16000) + 0.01 * (random.nextDouble() - 0.5));
        }
        Path file = dir.resolve(name + ".wav");
        WavWriter.writePcm16(file, samples, 16000);
        return file;
    }

    private Path manifest() throws IOException {
        StringBuilder tsv = new StringBuilder("path\tspeaker\tdataset\tduration\tstart\tend\n");
        for (int s = 0; s < 3; s++) {
            voice("voice" + s, 200 + 150 * s, 3);
            tsv.append("voice").append(s).append(".wav\tsynthetic:").append(s).append("\tsynthetic\t3.0\t\t\n");
        }
        Path file = dir.resolve("train.tsv");
        Files.writeString(file, tsv);
        return file;
    }

    private Path meetings() throws IOException {
        voice("m0", 300, 12);
        voice("m1", 900, 12);
        Path rttm = dir.resolve("meetings.rttm");
        Files.writeString(rttm, String.join("\n",
            "SPEAKER m0 1 0.000 6.000 <NA> <NA> a <NA> <NA>",
            "SPEAKER m0 1 5.000 7.000 <NA> <NA> b <NA> <NA>",
            "SPEAKER m1 1 1.000 10.000 <NA> <NA> c <NA> <NA>", ""));
        return rttm;
    }

    @Test
    void fineTunesTheBundledModelWithEveryAugmentation() throws IOException {
        Path bundled = SharedData.repositoryRoot().resolve("models/weights/diarist-segmentation");
        Path out = dir.resolve("run");
        CliRun run = CliRun.of("train", "segmentation", "--data", manifest().toString(), "--datasets", "synthetic",
            "--real-rttm", meetings().toString(), "--real-share", "0.5", "--real-overlay", "1", "--reverb", "0.5",
            "--telephone", "0.5", "--init", bundled.toString(), "--steps", "2", "--threads", "1",
            "--out", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("starting from " + bundled.resolve("model.safetensors")), run.err());
        assertTrue(Files.isRegularFile(out.resolve("model.safetensors")));
        assertEquals(2, org.diarist.models.train.segmentation.SegmentationTrainer.checkpointStep(
            out.resolve("checkpoint")));
    }

    @Test
    void refusesAShareOutsideZeroToOneInOneLine() throws IOException {
        CliRun run = CliRun.of("train", "segmentation", "--data", manifest().toString(), "--out",
            dir.resolve("run").toString(), "--reverb", "1.5");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: --real-share, --real-overlay, --reverb, --telephone: shares must be in [0, 1], got 1.5",
            run.err().strip());
        assertFalse(Files.exists(dir.resolve("run")), "nothing is written for a refused command");
    }

    @Test
    void refusesToFineTuneAFolderWithoutWeights() throws IOException {
        CliRun run = CliRun.of("train", "segmentation", "--data", manifest().toString(), "--out",
            dir.resolve("run").toString(), "--init", dir.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: " + dir + ": no model.safetensors in this folder", run.err().strip());
    }

    @Test
    void refusesANegativeLearningRateBeforeDecodingAnything() throws IOException {
        CliRun run = CliRun.of("train", "segmentation", "--data", manifest().toString(), "--datasets", "synthetic",
            "--out", dir.resolve("run").toString(), "--learning-rate", "-1");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: --steps, --batch-size and --learning-rate must be above 0, --minutes at least 0",
            run.err().strip());
    }

    @Test
    void namesTheManifestWhenItsDatasetsHoldTooFewSpeakers() throws IOException {
        Path manifest = manifest();
        CliRun run = CliRun.of("train", "segmentation", "--data", manifest.toString(), "--datasets", "commonvoice",
            "--out", dir.resolve("run").toString(), "--quiet");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("diarist: " + manifest + ": needs at least 3 speakers with utterances of 1.5 s or more in "
            + "commonvoice; found 0", run.err().strip());
    }
}
