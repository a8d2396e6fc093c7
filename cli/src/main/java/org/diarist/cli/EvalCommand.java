package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.annotation.format.Uem;
import org.diarist.engine.metrics.DiarizationScorer;
import org.diarist.engine.metrics.EvaluationReport;
import org.diarist.engine.metrics.ScoringProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code diarist eval}: DER and JER of hypothesis RTTMs against a reference, as dscore computes them. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Scores hypothesis RTTM files against a reference: DER (missed, false alarm, confusion) and JER, "
            + "per recording and in total, with NIST md-eval / dscore semantics.",
        "Protocols used in the literature: Full = --collar 0; Fair = --collar 0.25; "
            + "Forgiving = --collar 0.25 --skip-overlap."
    })
final class EvalCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-r", "--reference"}, required = true, paramLabel = "REF.rttm",
        description = "Reference RTTM (the truth), one or many recordings.")
    Path reference;

    @Option(names = {"-u", "--uem"}, paramLabel = "U.uem",
        description = "Scoring regions (UEM). Without it, each recording is scored from the earliest to the "
            + "latest turn of reference and hypothesis, as dscore does.")
    Path uem;

    @Option(names = "--collar", paramLabel = "SECONDS", defaultValue = "0",
        description = "No-score collar on each side of every reference turn boundary (default: ${DEFAULT-VALUE}).")
    double collar;

    @Option(names = "--skip-overlap", description = "Do not score time where reference speakers overlap.")
    boolean skipOverlap;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "HYP.rttm", description = "Hypothesis RTTM files.")
    List<Path> hypotheses;

    @Override
    public Integer call() {
        if (!(collar >= 0) || !Double.isFinite(collar)) {
            throw new InvalidInputException("--collar must be a non-negative number of seconds, got " + collar);
        }
        ScoringProtocol protocol = new ScoringProtocol(collar, skipOverlap);
        Map<String, Annotation> references = Rttm.read(reference);
        Map<String, Timeline> regions = uem == null ? null : Uem.read(uem);
        Map<String, Annotation> hypothesisByUri = readHypotheses(references, regions);

        EvaluationReport report = new DiarizationScorer(protocol).score(references, hypothesisByUri, regions);
        PrintWriter out = spec.commandLine().getOut();
        String uemName = uem == null ? null : uem.toString();
        out.print(format == Format.json ? EvalReportJson.render(report, uemName) : EvalReportTable.render(report, uemName));
        out.flush();
        return ExitCodes.OK;
    }

    /** Every hypothesis recording by uri; each must be one the reference (or the UEM) knows, and appear once. */
    private Map<String, Annotation> readHypotheses(Map<String, Annotation> references, Map<String, Timeline> regions) {
        Map<String, Annotation> byUri = new LinkedHashMap<>();
        Map<String, Path> source = new HashMap<>();
        for (Path file : hypotheses) {
            for (Map.Entry<String, Annotation> entry : Rttm.read(file).entrySet()) {
                String uri = entry.getKey();
                if (!references.containsKey(uri) && (regions == null || !regions.containsKey(uri))) {
                    throw new InvalidInputException(file,
                        "recording '" + uri + "' is not in the reference " + reference);
                }
                Path earlier = source.putIfAbsent(uri, file);
                if (earlier != null) {
                    throw new InvalidInputException(file,
                        "recording '" + uri + "' is also in " + earlier + "; give each recording once");
                }
                byUri.put(uri, entry.getValue());
            }
        }
        return byUri;
    }
}
