package org.diarist.engine.evaluation;

import org.diarist.engine.annotation.Annotation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two recordings with hand-checkable scores, run through the real {@link BenchmarkRunner}. The system under test is
 * a fixed answer per recording, so that the expected numbers follow from the turns below:
 * <ul>
 *   <li>{@code alpha} (UEM 0–30 s): reference A 1–11 s, B 12–20 s, A 20–25 s; the hypothesis finds the same turns
 *       under other names: every DER is 0;</li>
 *   <li>{@code beta} (no UEM): reference C 0–10 s, D 10–20 s; the hypothesis only has C, as {@code S0}: half the
 *       speech is missed, DER 50 % under every protocol.</li>
 * </ul>
 * Both references sit in one RTTM next to a recording that is not in the manifest.
 */
final class ReportFixture {

    static final String RTTM = String.join("\n",
        "SPEAKER alpha 1 1.000 10.000 <NA> <NA> A <NA> <NA>",
        "SPEAKER alpha 1 12.000 8.000 <NA> <NA> B <NA> <NA>",
        "SPEAKER alpha 1 20.000 5.000 <NA> <NA> A <NA> <NA>",
        "SPEAKER beta 1 0.000 10.000 <NA> <NA> C <NA> <NA>",
        "SPEAKER beta 1 10.000 10.000 <NA> <NA> D <NA> <NA>",
        "SPEAKER gamma 1 0.000 3.000 <NA> <NA> E <NA> <NA>", "");
    static final String UEM = "alpha 1 0.000 30.000\ngamma 1 0.000 3.000\n";

    final Path folder;
    final Path manifest;
    int diarizations;

    ReportFixture(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder.resolve("audio"));
        Files.createDirectories(folder.resolve("refs"));
        // The runner never reads the audio: the system under test does. Empty files stand for the recordings.
        Files.writeString(folder.resolve("audio/alpha.wav"), "");
        Files.writeString(folder.resolve("audio/beta.flac"), "");
        Files.writeString(folder.resolve("refs/all.rttm"), RTTM);
        Files.writeString(folder.resolve("refs/all.uem"), UEM);
        manifest = folder.resolve("eval.tsv");
        Files.writeString(manifest, "# audio\treference\tuem\n"
            + "audio/alpha.wav\trefs/all.rttm\trefs/all.uem\n"
            + "\n"
            + folder.resolve("audio/beta.flac") + "\trefs/all.rttm\n");
    }

    /** The fixed answers; stage times make a real-time factor of 0.1 on alpha and 0.2 on beta. */
    DiarizedRecording diarize(Path audio) {
        diarizations++;
        Map<String, Double> stages = new LinkedHashMap<>();
        if (audio.getFileName().toString().startsWith("alpha")) {
            stages.put("segmentation", 2.0);
            stages.put("clustering", 1.0);
            // named after the file's full name on purpose: the runner scores it as "alpha" all the same
            Annotation hypothesis = Annotation.builder("alpha.wav")
                .add(1, 11, "SPEAKER_00").add(12, 20, "SPEAKER_01").add(20, 25, "SPEAKER_00").build();
            return new DiarizedRecording(hypothesis, 30.0, stages);
        }
        stages.put("segmentation", 3.0);
        stages.put("clustering", 1.0);
        return new DiarizedRecording(Annotation.builder("beta").add(0, 10, "S0").build(), 20.0, stages);
    }

    BenchmarkReport run(double loadAverage) {
        BenchmarkContext context = new BenchmarkContext("diarist benchmark --manifest eval.tsv", "eval.tsv",
            Map.of("segmentation", "seg@test", "embedding", "emb@test"), "cpu", 1, 2, "17", Instant.EPOCH,
            loadAverage);
        return new BenchmarkRunner(this::diarize).run(BenchmarkManifest.read(manifest), context,
            BenchmarkRunner.Listener.NONE);
    }
}
