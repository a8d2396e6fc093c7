package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Scores hypotheses against references the way dscore does: DER with md-eval semantics under a
 * {@link ScoringProtocol}, JER on dscore's frames, per recording and overall.
 */
public final class DiarizationScorer {

    private final ScoringProtocol protocol;
    private final DiarizationErrorRate der;
    private final JaccardErrorRate jer = new JaccardErrorRate();

    public DiarizationScorer(ScoringProtocol protocol) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.der = new DiarizationErrorRate(protocol);
    }

    /**
     * dscore's evaluation region when no UEM is given: from the earliest start to the latest end of either
     * annotation, as one segment.
     */
    public static Timeline defaultRegion(Annotation reference, Annotation hypothesis) {
        Timeline all = reference.timeline().union(hypothesis.timeline());
        return all.isEmpty() ? Timeline.empty() : Timeline.of(all.extent());
    }

    /** Scores one recording within {@code evaluated}. */
    public Score score(Annotation reference, Annotation hypothesis, Timeline evaluated) {
        return scoreFile(reference, hypothesis, evaluated).score;
    }

    /**
     * Scores every recording: those of the UEM when one is given, else those of the reference. A recording
     * without hypothesis is scored as an empty hypothesis (all missed); one without reference as an empty
     * reference. Hypotheses of other recordings are not scored.
     *
     * @param uem scoring regions by uri, or {@code null} for {@link #defaultRegion}
     */
    public EvaluationReport score(Map<String, Annotation> references, Map<String, Annotation> hypotheses,
                                  Map<String, Timeline> uem) {
        TreeSet<String> uris = new TreeSet<>(uem != null ? uem.keySet() : references.keySet());
        List<Score> files = new ArrayList<>();
        List<Double> speakerErrors = new ArrayList<>();
        DerComponents total = DerComponents.ZERO;
        int referenceSpeakers = 0;
        int hypothesisSpeakers = 0;
        for (String uri : uris) {
            Annotation reference = references.getOrDefault(uri, Annotation.empty(uri));
            Annotation hypothesis = hypotheses.getOrDefault(uri, Annotation.empty(uri));
            Timeline evaluated = uem != null ? uem.get(uri) : defaultRegion(reference, hypothesis);
            FileResult result = scoreFile(reference, hypothesis, evaluated);
            files.add(result.score);
            speakerErrors.addAll(result.speakerErrors);
            total = total.plus(result.score.components());
            referenceSpeakers += result.score.referenceSpeakers();
            hypothesisSpeakers += result.score.hypothesisSpeakers();
        }
        double overallJer = JaccardErrorRate.overall(speakerErrors, referenceSpeakers, hypothesisSpeakers);
        Score overall = new Score(EvaluationReport.TOTAL, total, overallJer, referenceSpeakers, hypothesisSpeakers);
        return new EvaluationReport(protocol, uem != null, files, overall);
    }

    private record FileResult(Score score, List<Double> speakerErrors) {
    }

    private FileResult scoreFile(Annotation reference, Annotation hypothesis, Timeline evaluated) {
        DerComponents components = der.compute(reference, hypothesis, evaluated);
        JaccardErrorRate.FileJer fileJer = jer.compute(reference, hypothesis, evaluated);
        int referenceSpeakers = reference.crop(evaluated).labels().size();
        int hypothesisSpeakers = hypothesis.crop(evaluated).labels().size();
        Score score = new Score(reference.uri(), components, fileJer.jer(), referenceSpeakers, hypothesisSpeakers);
        return new FileResult(score, fileJer.speakerErrors());
    }
}
