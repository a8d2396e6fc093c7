package org.diarist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.annotation.format.AnnotationJson;
import org.diarist.engine.pipeline.DiarizationResult;

import java.util.List;
import java.util.Map;

/**
 * {@code diarist diarize --format json}: Diarist's annotation JSON (uri, speakers with their speech time,
 * segments) plus the recording's duration, the embedding model, stage timings and, when asked, each speaker's
 * centroid embedding.
 */
final class DiarizationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiarizationJson() {
    }

    static ObjectNode toJson(DiarizationResult result, boolean withCentroids) {
        ObjectNode root = AnnotationJson.toJson(result.annotation());
        root.put("duration", Math.round(result.duration() * 1000) / 1000.0);
        root.put("embedding_model", result.embeddingModel());
        if (withCentroids) {
            Map<String, float[]> centroids = result.centroids();
            for (var speaker : (ArrayNode) root.get("speakers")) {
                float[] centroid = centroids.get(speaker.get("label").asText());
                if (centroid != null) {
                    ArrayNode values = ((ObjectNode) speaker).putArray("centroid");
                    for (float v : centroid) {
                        values.add(v);
                    }
                }
            }
        }
        ObjectNode timings = root.putObject("timings");
        result.timings().forEach((stage, seconds) -> timings.put(stage.key(), Math.round(seconds * 1000) / 1000.0));
        return root;
    }

    /** A JSON array with one object per recording, ending with a newline. */
    static String render(List<DiarizationResult> results, boolean withCentroids) {
        ArrayNode array = MAPPER.createArrayNode();
        results.forEach(result -> array.add(toJson(result, withCentroids)));
        try {
            return MAPPER.writeValueAsString(array) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
