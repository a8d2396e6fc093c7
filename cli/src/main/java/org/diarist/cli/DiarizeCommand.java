package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.RecordingUri;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.clustering.SpeakerCountHints;
import org.diarist.engine.pipeline.ClusteringConfig;
import org.diarist.engine.pipeline.ClusteringMethod;
import org.diarist.engine.pipeline.DiarizationConfig;
import org.diarist.engine.pipeline.DiarizationListener;
import org.diarist.engine.pipeline.DiarizationResult;
import org.diarist.engine.pipeline.EmbeddingConfig;
import org.diarist.engine.pipeline.PostProcessingConfig;
import org.diarist.engine.pipeline.SegmentationConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.catalog.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

/** {@code diarist diarize}: who spoke when, as RTTM or JSON. */
@Command(
    name = "diarize",
    mixinStandardHelpOptions = true,
    description = {
        "Finds who spoke when in each recording: segmentation over sliding windows, speaker embeddings, "
            + "clustering into speakers, overlap-aware reconstruction. Writes RTTM (speakers SPEAKER_00, "
            + "SPEAKER_01, ...) or JSON (with each speaker's speech time).",
        "Without -o everything goes to stdout; -o FILE takes everything; -o DIR/ (an existing directory or a path "
            + "ending with /) gets one file per recording, named after it.",
        "A bad file is reported in one line and the others go on; the exit code is then 2."
    })
final class DiarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TorchOptions torch;

    @Mixin
    ModelStoreOptions modelStore;

    @Parameters(arity = "1..*", paramLabel = "AUDIO_OR_DIR",
        description = "Recordings (any format FFmpeg reads), or directories of them.")
    List<Path> inputs;

    /** Kept as typed: a trailing slash, which a Path drops, asks for a directory. */
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file, or directory (see above).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "rttm",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AnnotationOutput.Format format;

    @Option(names = "--num-speakers", paramLabel = "N", description = "Exactly N speakers.")
    Integer numSpeakers;

    @Option(names = "--min-speakers", paramLabel = "N", description = "At least N speakers.")
    Integer minSpeakers;

    @Option(names = "--max-speakers", paramLabel = "N", description = "At most N speakers.")
    Integer maxSpeakers;

    @Option(names = "--exclusive", description = "One speaker at a time (e.g. to align ASR words with speakers).")
    boolean exclusive;

    @Option(names = "--clustering", paramLabel = "METHOD", defaultValue = "spectral",
        description = "spectral (NME-SC, default) or ahc (centroid linkage, pyannote 3.1).")
    String clustering;

    @Option(names = "--min-duration-on", paramLabel = "SECONDS", description = "Drop shorter turns (default 0).")
    Double minDurationOn;

    @Option(names = "--min-duration-off", paramLabel = "SECONDS",
        description = "Fill shorter gaps between turns of one speaker (default 0).")
    Double minDurationOff;

    @Option(names = "--step", paramLabel = "RATIO",
        description = "Window step as a fraction of the segmentation window (default 0.1).")
    Double step;

    @Option(names = "--speech-threshold", paramLabel = "P",
        description = "A window frame has speakers when P(at least one speaker) exceeds P (default 0.3); lower "
            + "keeps quieter speech.")
    Double speechThreshold;

    @Option(names = "--batch-size", paramLabel = "N",
        description = "Segmentation windows, and window-speaker embeddings, per model call (default 8).")
    Integer batchSize;

    @Option(names = "--embeddings", description = "With --format json: each speaker's centroid embedding.")
    boolean embeddings;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
        description = "Recordings diarized at once, each with its own copy of the models (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Mixin
    PipelineModelOptions models;

    @Override
    public Integer call() throws Exception {
        DiarizationConfig config = config();
        if (jobs < 1) {
            throw new InvalidInputException("--jobs must be at least 1, got " + jobs);
        }
        if (embeddings && format != AnnotationOutput.Format.json) {
            throw new InvalidInputException("--embeddings needs --format json");
        }
        List<Path> files = AudioInputs.expand(inputs);
        Path directory = outputDirectory();
        ComputeDevice device = torch.apply();
        ModelStore store = modelStore.store();
        int workers = Math.min(jobs, files.size());
        BlockingQueue<DiarizationModels> pool = new ArrayBlockingQueue<>(workers);
        try {
            for (int i = 0; i < workers; i++) {
                pool.add(DiarizationModels.open(store, models.segmentation(), models.embedding(), device, config));
            }
            return run(files, pool, directory);
        } finally {
            pool.forEach(DiarizationModels::close);
        }
    }

    private int run(List<Path> files, BlockingQueue<DiarizationModels> pool, Path directory) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(pool.size());
        try {
            List<Future<DiarizationResult>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(executor.submit(() -> diarize(file, pool)));
            }
            List<DiarizationResult> results = new ArrayList<>();
            int exitCode = ExitCodes.OK;
            for (int i = 0; i < files.size(); i++) {
                try {
                    DiarizationResult result = pending.get(i).get();
                    if (directory != null) {
                        write(List.of(result), directory.resolve(result.uri() + "." + format.name()));
                    } else {
                        results.add(result);
                    }
                } catch (ExecutionException e) {
                    exitCode = Math.max(exitCode, report(e.getCause()));
                }
            }
            if (directory == null) {
                write(results, output == null ? null : Path.of(output));
            }
            return exitCode;
        } finally {
            executor.shutdownNow();
        }
    }

    private DiarizationResult diarize(Path file, BlockingQueue<DiarizationModels> pool) throws InterruptedException {
        DiarizationModels worker = pool.take();
        try (StageProgress progress = StageProgress.onTerminal(spec.commandLine().getErr(),
                RecordingUri.of(file), common)) {
            DiarizationListener listener = jobs == 1 ? progress : DiarizationListener.NONE;
            DiarizationResult result = worker.pipeline().diarize(file, listener);
            if (!common.quiet() && System.console() == null) {
                logLine(file, result);
            }
            return result;
        } finally {
            pool.add(worker);
        }
    }

    private synchronized void logLine(Path file, DiarizationResult result) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "%s: %d speakers, %.1f s of audio in %.1f s%n", file, result.speakers().size(),
            result.duration(), result.totalSeconds());
        err.flush();
    }

    /** Prints a failed file's problem in one line; the exit code it calls for. */
    private int report(Throwable problem) {
        PrintWriter err = spec.commandLine().getErr();
        boolean badInput = problem instanceof InvalidInputException;
        String message = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        err.println("diarist: " + (badInput ? "" : "error: ") + message.lines().findFirst().orElse(""));
        if (common.verbose()) {
            problem.printStackTrace(err);
        }
        err.flush();
        return badInput ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
    }

    private void write(List<DiarizationResult> results, Path file) {
        String text;
        if (format == AnnotationOutput.Format.json) {
            text = DiarizationJson.render(results, embeddings);
        } else {
            StringBuilder rttm = new StringBuilder();
            results.forEach(result -> rttm.append(Rttm.toString(result.annotation())));
            text = rttm.toString();
        }
        AnnotationOutput.write(text, file, spec.commandLine().getOut());
    }

    /** The directory to write one file per recording into, or null when output is one stream or file. */
    private Path outputDirectory() {
        if (output == null) {
            return null;
        }
        Path path = Path.of(output);
        boolean directory = Files.isDirectory(path) || output.endsWith("/") || output.endsWith(java.io.File.separator);
        if (!directory) {
            return null;
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new InvalidInputException(path, "cannot create the output directory: " + e.getMessage());
        }
        return path;
    }

    private DiarizationConfig config() {
        ClusteringMethod method = switch (clustering.toLowerCase(Locale.ROOT)) {
            case "spectral" -> ClusteringMethod.SPECTRAL;
            case "ahc" -> ClusteringMethod.AHC;
            default -> throw new InvalidInputException("--clustering must be spectral or ahc, got '" + clustering + "'");
        };
        SpeakerCountHints hints = SpeakerCountHints.of(numSpeakers, minSpeakers, maxSpeakers);
        try {
            SegmentationConfig.Builder segmentation = SegmentationConfig.builder();
            EmbeddingConfig.Builder embedding = EmbeddingConfig.builder();
            if (step != null) {
                segmentation.stepRatio(step);
            }
            if (speechThreshold != null) {
                segmentation.speech(ThresholdOption.of("--speech-threshold", speechThreshold));
            }
            if (batchSize != null) {
                segmentation.batchSize(batchSize);
                embedding.batchSize(batchSize);
            }
            PostProcessingConfig.Builder post = PostProcessingConfig.builder().exclusive(exclusive);
            if (minDurationOn != null) {
                post.minDurationOn(minDurationOn);
            }
            if (minDurationOff != null) {
                post.minDurationOff(minDurationOff);
            }
            return DiarizationConfig.builder()
                .segmentation(segmentation.build())
                .embedding(embedding.build())
                .clustering(ClusteringConfig.builder().method(method).hints(hints).build())
                .postProcessing(post.build())
                .build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
