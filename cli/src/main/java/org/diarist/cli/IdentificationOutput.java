package org.diarist.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.registry.SpeakerIdentification;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is who in one recording, as {@code identify} and {@code track} print it: RTTM with the identities as
 * speaker names (an unknown speaker keeps its diarization label), or one JSON object per recording and line:
 * {@code {"uri", "speakers": [{"label", "identity", "provisional", "score", "speech", "segments"}]}}.
 */
final class IdentificationOutput {

    /** The output formats. */
    enum Format { rttm, json }

    private static final ObjectMapper JSON = new ObjectMapper();

    private IdentificationOutput() {
    }

    static String render(Annotation annotation, List<SpeakerIdentification> speakers, Format format) {
        return format == Format.rttm ? rttm(annotation, speakers) : json(annotation.uri(), speakers);
    }

    static String rttm(Annotation annotation, List<SpeakerIdentification> speakers) {
        Map<String, String> names = new HashMap<>();
        for (SpeakerIdentification speaker : speakers) {
            if (speaker.known()) {
                names.put(speaker.label(), speaker.identity());
            }
        }
        return Rttm.toString(annotation.relabel(names));
    }

    static String json(String uri, List<SpeakerIdentification> speakers) {
        ObjectNode recording = JSON.createObjectNode();
        recording.put("uri", uri);
        ArrayNode array = recording.putArray("speakers");
        for (SpeakerIdentification speaker : speakers) {
            ObjectNode node = array.addObject();
            node.put("label", speaker.label());
            if (speaker.known()) {
                node.put("identity", speaker.identity());
            } else {
                node.putNull("identity");
            }
            node.put("provisional", speaker.provisional());
            if (Double.isNaN(speaker.score())) {
                node.putNull("score");
            } else {
                node.put("score", round(speaker.score(), 4));
            }
            node.put("speech", round(speaker.speechSeconds(), 3));
            ArrayNode segments = node.putArray("segments");
            for (Segment segment : speaker.segments()) {
                segments.addArray().add(round(segment.start(), 3)).add(round(segment.end(), 3));
            }
        }
        try {
            return JSON.writeValueAsString(recording) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
