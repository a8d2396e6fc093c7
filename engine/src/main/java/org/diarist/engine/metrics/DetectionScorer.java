package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;

/**
 * Scores speech activity detection (missed and false-alarm speech) and overlapped-speech detection (precision and
 * recall) at collar 0: the reference's speech is the time any speaker talks, its overlap the time two or more do.
 */
public final class DetectionScorer {

    private DetectionScorer() {
    }

    /**
     * @param reference         the reference diarization of one recording
     * @param hypothesisSpeech  where the system found speech
     * @param hypothesisOverlap where the system found overlapped speech
     * @param evaluated         the scored region (a UEM's, or the whole recording)
     */
    public static DetectionScore score(Annotation reference, Timeline hypothesisSpeech, Timeline hypothesisOverlap,
                                       Timeline evaluated) {
        Timeline referenceSpeech = reference.timeline().support().crop(evaluated);
        Timeline referenceOverlap = ScoredRegion.overlappedSpeech(SpeakerTurns.of(reference)).crop(evaluated);
        Timeline speech = hypothesisSpeech.support().crop(evaluated);
        Timeline overlap = hypothesisOverlap.support().crop(evaluated);
        return new DetectionScore(reference.uri(),
            referenceSpeech.duration(),
            referenceSpeech.minus(speech).duration(),
            speech.minus(referenceSpeech).duration(),
            referenceOverlap.duration(),
            overlap.duration(),
            referenceOverlap.intersection(overlap).duration());
    }
}
