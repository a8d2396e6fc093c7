package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.evaluation.BenchmarkContext;
import org.diarist.engine.evaluation.BenchmarkManifest;
import org.diarist.engine.evaluation.BenchmarkMarkdown;
import org.diarist.engine.evaluation.BenchmarkReport;
import org.diarist.engine.evaluation.BenchmarkReportFiles;
import org.diarist.engine.evaluation.BenchmarkRunner;
import org.diarist.engine.evaluation.DiarizedRecording;
import org.diarist.engine.pipeline.DiarizationConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.models.catalog.FileChecksums;
import org.diarist.models.catalog.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code diarist benchmark}: accuracy, speed and memory of the diarization pipeline on a manifest of recordings. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
        "Diarizes every recording of a manifest with the default pipeline and writes an evaluation report: "
            + "report.md and report.json (per recording and overall: DER under the Full, Fair and Forgiving "
            + "protocols with missed speech, false alarm and confusion, JER, reference vs detected speakers, "
            + "real-time factor per pipeline stage, peak heap and RSS) and one HTML page per recording with a "
            + "timeline of reference against hypothesis.",
        "The manifest is a TSV file, one recording per line: AUDIO<tab>REFERENCE.rttm[<tab>REGIONS.uem], relative "
            + "paths from the manifest's folder, '#' for comments. An RTTM or UEM may hold other recordings: each "
            + "takes the lines of its uri (the audio file name without extension)."
    })
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TorchOptions torch;

    @Mixin
    ModelStoreOptions modelStore;

    @Option(names = "--manifest", required = true, paramLabel = "FILE", description = "Recordings to evaluate (TSV).")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "benchmark-report",
        description = "Folder for report.md, report.json and the HTML pages (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    PipelineModelOptions models;

    @Override
    public Integer call() {
        BenchmarkManifest recordings = BenchmarkManifest.read(manifest);
        ComputeDevice device = torch.apply();
        ModelStore store = modelStore.store();
        DiarizationConfig config = DiarizationConfig.defaults();
        BenchmarkReport report;
        try (DiarizationModels diarization = DiarizationModels.open(store, models.segmentation(), models.embedding(),
                device, config)) {
            Map<String, String> system = new LinkedHashMap<>();
            system.put("segmentation", segmentationId(store));
            system.put("embedding", diarization.embedding().id());
            system.put("clustering", config.clustering().method().name().toLowerCase(Locale.ROOT));
            BenchmarkContext context = BenchmarkContext.of(commandLine(), manifest.toString(), system,
                device.toString(), TorchRuntime.threads());
            PrintWriter err = spec.commandLine().getErr();
            report = new BenchmarkRunner(audio -> {
                try (StageProgress progress = StageProgress.onTerminal(err, audio.getFileName().toString(), common)) {
                    return DiarizedRecording.of(diarization.pipeline().diarize(audio, progress));
                }
            }).run(recordings, context, new FileLog(err, !common.quiet() && System.console() == null));
        }
        BenchmarkReportFiles.write(report, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(overview(report));
        stdout.flush();
        return ExitCodes.OK;
    }

    /** How this report was asked for, as a shell line ({@code ./diarist benchmark ...}). */
    private String commandLine() {
        StringBuilder line = new StringBuilder("./diarist");
        for (String argument : spec.commandLine().getParseResult().originalArgs()) { // the whole line, "benchmark" included
            line.append(' ').append(argument.matches("[A-Za-z0-9_./:=@%+,-]+") ? argument
                : "'" + argument.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }

    /** The report's overall table and where the files went. */
    private String overview(BenchmarkReport report) {
        return BenchmarkMarkdown.overall(report) + "Report: " + out.resolve(BenchmarkReportFiles.MARKDOWN) + ", "
            + out.resolve(BenchmarkReportFiles.JSON) + " and " + report.files().size() + " timeline page(s) in "
            + out + "\n";
    }

    /** The model as given, with the first 12 hex digits of its weights' sha256, so reports name exact weights. */
    private String segmentationId(ModelStore store) {
        String name = models.segmentation();
        Path weights = Files.isDirectory(Path.of(name)) ? Path.of(name, "model.safetensors") : store.resolve(name);
        try {
            return name + "@" + FileChecksums.sha256(weights).substring(0, 12);
        } catch (IOException e) {
            throw new InvalidInputException(weights, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * One line per recording on stderr when it is not a terminal (a log), unless --quiet; on a terminal the stage
     * progress bars show instead.
     */
    private record FileLog(PrintWriter err, boolean enabled) implements BenchmarkRunner.Listener {

        @Override
        public void finished(int index, int count, DiarizedRecording diarized) {
            if (enabled) {
                err.printf(Locale.ROOT, "[%d/%d] %s: %d speakers, %.1f s of audio in %.1f s%n", index + 1, count,
                    diarized.hypothesis().uri(), diarized.hypothesis().labels().size(), diarized.duration(),
                    diarized.totalSeconds());
                err.flush();
            }
        }
    }
}
