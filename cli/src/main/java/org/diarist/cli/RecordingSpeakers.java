package org.diarist.cli;

import org.diarist.engine.annotation.Segment;
import org.diarist.engine.pipeline.DiarizationResult;
import org.diarist.registry.DiarizedSpeaker;
import org.diarist.registry.Embedding;
import org.diarist.registry.RecordingIdentification;
import org.diarist.registry.SpeakerIdentification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The diarized speakers of one recording as the registry takes them: label, centroid, speech and segments. */
final class RecordingSpeakers {

    private RecordingSpeakers() {
    }

    /** Speakers that have a centroid embedding (diarization may find a speaker too short to embed). */
    static List<DiarizedSpeaker> of(DiarizationResult result) {
        Map<String, float[]> centroids = result.centroids();
        List<DiarizedSpeaker> speakers = new ArrayList<>();
        for (String label : result.speakers()) {
            float[] centroid = centroids.get(label);
            if (centroid != null) {
                speakers.add(new DiarizedSpeaker(label, new Embedding(result.embeddingModel(), centroid),
                    result.annotation().speech(label), segments(result, label)));
            }
        }
        return speakers;
    }

    /**
     * The registry's answer for every speaker of the recording, in label order; speakers without a centroid are
     * unknown with no score.
     */
    static List<SpeakerIdentification> complete(DiarizationResult result, RecordingIdentification identified) {
        List<SpeakerIdentification> all = new ArrayList<>();
        for (String label : result.speakers()) {
            all.add(identified.speakers().stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseGet(() -> new SpeakerIdentification(label, null, false, false, Double.NaN,
                    result.annotation().speech(label), segments(result, label))));
        }
        return all;
    }

    static List<Segment> segments(DiarizationResult result, String label) {
        return result.annotation().timeline(label).segments();
    }
}
