package org.diarist.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.annotation.Segment;
import org.diarist.registry.Speaker;
import org.diarist.registry.SpeakerDetails;
import org.diarist.registry.store.AppearanceTable.Appearance;
import org.diarist.registry.store.StoredVoiceprint;

import java.util.List;

/** Speakers as JSON for scripts (no embeddings: {@code speakers export} has those). */
final class SpeakersJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpeakersJson() {
    }

    static String list(List<Speaker> speakers) {
        ArrayNode array = JSON.createArrayNode();
        speakers.forEach(speaker -> array.add(speaker(speaker)));
        return write(array);
    }

    static String details(SpeakerDetails details) {
        ObjectNode node = speaker(details.speaker());
        ArrayNode voiceprints = node.putArray("voiceprintList");
        for (StoredVoiceprint voiceprint : details.voiceprints()) {
            ObjectNode print = voiceprints.addObject().put("id", voiceprint.id()).put("model", voiceprint.modelId())
                .put("speech", voiceprint.speechSeconds()).put("created", String.valueOf(voiceprint.created()));
            if (voiceprint.recording() != null) {
                print.put("recording", voiceprint.recording().path());
            }
            if (voiceprint.span() != null) {
                print.putArray("span").add(voiceprint.span().start()).add(voiceprint.span().end());
            }
        }
        ArrayNode appearances = node.putArray("appearanceList");
        for (Appearance appearance : details.appearances()) {
            ObjectNode entry = appearances.addObject().put("recording", appearance.recordingPath())
                .put("label", appearance.label()).put("speech", appearance.speechSeconds());
            if (appearance.matchScore() == null) {
                entry.putNull("score");
            } else {
                entry.put("score", appearance.matchScore());
            }
            ArrayNode segments = entry.putArray("segments");
            for (Segment segment : appearance.segments()) {
                segments.addArray().add(segment.start()).add(segment.end());
            }
        }
        return write(node);
    }

    private static ObjectNode speaker(Speaker speaker) {
        return JSON.createObjectNode().put("name", speaker.name()).put("provisional", speaker.provisional())
            .put("voiceprints", speaker.voiceprints()).put("appearances", speaker.appearances())
            .put("created", String.valueOf(speaker.created())).put("updated", String.valueOf(speaker.updated()));
    }

    private static String write(Object node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
