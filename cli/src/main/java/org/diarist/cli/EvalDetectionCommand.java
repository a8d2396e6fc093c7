package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.annotation.format.Uem;
import org.diarist.engine.metrics.DetectionScore;
import org.diarist.engine.metrics.DetectionScorer;
import org.diarist.engine.metrics.DiarizationScorer;
import org.diarist.engine.pipeline.SpeechOverlapDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code diarist eval-detection}: speech and overlap detection scores of RTTM files from any system. */
@Command(
    name = "eval-detection",
    mixinStandardHelpOptions = true,
    description = {
        "Scores speech activity detection (missed and false-alarm speech in %% of reference speech) and "
            + "overlapped-speech detection (precision, recall) of hypothesis RTTMs against a reference, collar 0.",
        "A hypothesis's speech is every turn whatever its label except 'overlap'; its overlap is the turns "
            + "labelled 'overlap' (as 'diarist segment' writes them). 'diarist vad' and 'diarist diarize' output "
            + "can be scored too (a diarization's overlap is not read from its speakers)."
    })
final class EvalDetectionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-r", "--reference"}, required = true, paramLabel = "REF.rttm",
        description = "Reference RTTM (the truth), one or many recordings.")
    Path reference;

    @Option(names = {"-u", "--uem"}, paramLabel = "U.uem",
        description = "Scoring regions (UEM). Without it, each recording is scored from the earliest to the "
            + "latest turn of reference and hypothesis.")
    Path uem;

    @Parameters(arity = "1..*", paramLabel = "HYP.rttm", description = "Hypothesis RTTM files.")
    List<Path> hypotheses;

    @Override
    public Integer call() {
        Map<String, Annotation> references = Rttm.read(reference);
        Map<String, Timeline> regions = uem == null ? null : Uem.read(uem);
        List<DetectionScore> scores = new ArrayList<>();
        for (Path file : hypotheses) {
            for (Map.Entry<String, Annotation> entry : Rttm.read(file).entrySet()) {
                Annotation truth = references.get(entry.getKey());
                if (truth == null) {
                    throw new InvalidInputException(file,
                        "recording '" + entry.getKey() + "' is not in the reference " + reference);
                }
                Annotation found = entry.getValue();
                Timeline evaluated = regions == null ? DiarizationScorer.defaultRegion(truth, found)
                    : regions.getOrDefault(entry.getKey(), Timeline.empty());
                scores.add(DetectionScorer.score(truth, speech(found),
                    found.timeline(SpeechOverlapDetector.OVERLAP), evaluated));
            }
        }
        String region = uem == null ? "each recording scored over its reference and hypothesis extent"
            : "scoring regions from " + uem;
        spec.commandLine().getOut().print(DetectionReportTable.render(scores, region));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static Timeline speech(Annotation found) {
        List<Track> speech = new ArrayList<>();
        for (Track track : found.tracks()) {
            if (!track.label().equals(SpeechOverlapDetector.OVERLAP)) {
                speech.add(track);
            }
        }
        return Annotation.of(found.uri(), speech).timeline();
    }
}
